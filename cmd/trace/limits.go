package main

// maxOutputLines bounds the lines a trace may print: a few GB of JSON Lines
// at most. Without it, -epochs 1000000 on 100,000 points that are not
// separable would print 10¹¹ lines, terabytes. It leaves room for the
// default -epochs 100 on the largest data set (10⁷ lines).
const maxOutputLines = 20_000_000

// checkOutputLines refuses a run of n passes or steps (the value of flag)
// that prints up to perPass lines each, plus the summary line, when that
// could exceed maxOutputLines.
func checkOutputLines(flag string, n, perPass int) error {
	if perPass > 0 && n > (maxOutputLines-1)/perPass {
		return badf("%s %d on %d points could print %d lines; the limit is %d lines (lower %s)",
			flag, n, perPass, int64(n)*int64(perPass)+1, maxOutputLines, flag)
	}
	return nil
}

// An mlp trace prints -steps lines and a summary, whatever the data, so
// maxSteps alone keeps it under the limit; this fails to compile otherwise.
const _ uint = maxOutputLines - maxSteps - 1
