package notebook

import (
	"math"
	"strconv"
	"strings"

	"github.com/neurona/neurona/engine"
)

// py writes a float64 as a Python literal that reads back as exactly the
// same number: the shortest decimal that round-trips, always with a point
// or an exponent so that Python sees a float.
func py(v float64) string {
	switch {
	case math.IsNaN(v):
		return "float('nan')"
	case math.IsInf(v, 1):
		return "float('inf')"
	case math.IsInf(v, -1):
		return "-float('inf')"
	}
	s := strconv.FormatFloat(v, 'g', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}

// pyList writes numbers as a Python list.
func pyList(vs []float64) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = py(v)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// pyMatrix writes rows of numbers as a nested Python list.
func pyMatrix(rows [][]float64) string {
	parts := make([]string, len(rows))
	for i, r := range rows {
		parts[i] = pyList(r)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// pyInts writes whole numbers as a Python list.
func pyInts(vs []int) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = strconv.Itoa(v)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// pyBool writes a Python boolean.
func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

// pointRows writes the points' inputs, one row per line (the data cell
// reads as a table), and their labels.
func pointRows(pts []engine.Point) (x, y string) {
	if len(pts) == 0 {
		return "[]", "[]"
	}
	rows := make([]string, len(pts))
	ys := make([]int, len(pts))
	for i, p := range pts {
		rows[i] = pyList(p.X[:])
		ys[i] = p.Y
	}
	return "[\n    " + strings.Join(rows, ",\n    ") + ",\n]", pyInts(ys)
}
