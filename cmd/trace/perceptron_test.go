package main

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// TestPerceptronNotesIteration traces the notes' three-point iteration: no
// bias, sign(0) = +1, cyclic order. With either rule only x₃ is a mistake in
// the first pass, w¹ = [1, −½]; then w² = [1, ½] and w³ = [1, −½] = w¹, which
// the trace reports on a repeat line; the done line says the points are not
// separable through the origin.
func TestPerceptronNotesIteration(t *testing.T) {
	data := writeFile(t, "three.csv", threeCSV)
	for _, rule := range []string{"pm1", "classic"} {
		code, out, errs := runArgs("perceptron", "-data", data, "-rule", rule, "-bias=false", "-tie", "positive", "-epochs", "2")
		if code != 0 || errs != "" {
			t.Fatalf("%s: exit %d: %s", rule, code, errs)
		}
		ls := lines(t, out)
		if len(ls) != 8 {
			t.Fatalf("%s: %d lines:\n%s", rule, len(ls), out)
		}
		for k, want := range []string{
			"1 0 false [0 0] 0 0",
			"2 1 false [0 0] 0 0",
			"3 2 true [1 -0.5] 0 1", // w¹
			"4 0 true [1 0.5] 0 2",  // w²
			"5 1 true [1 -0.5] 0 3", // w³ = w¹
		} {
			l := ls[k]
			if got := fmt.Sprint(l["step"], l["index"], l["update"], l["w"], l["b"], l["mistakes"]); got != want {
				t.Errorf("%s step %d: %s, want %s", rule, k+1, got, want)
			}
			if k < 3 && l["yhat"] != 1.0 { // a = 0 and sign(0) = +1: the positive class, 1 in either rule

				t.Errorf("%s step %d: ŷ %v at a = 0, want the positive class", rule, k+1, l["yhat"])
			}
		}
		rep := ls[5]
		if rep["repeat"] != true || fmt.Sprint(rep["step"], rep["mistakes"], rep["earlier_step"], rep["earlier_mistakes"], rep["w"]) != "5 3 3 1 [1 -0.5]" {
			t.Errorf("%s: repeat line %v", rule, rep)
		}
		if m, _ := rep["message"].(string); !strings.Contains(m, "w^3 = w^1") || !strings.Contains(m, "no line through the origin separates") {
			t.Errorf("%s: message %q", rule, m)
		}
		if s := ls[6]; s["step"] != 6.0 || s["update"] != false || s["w"] == nil {
			t.Errorf("%s: step 6 %v", rule, s)
		}
		done := ls[7]
		if done["done"] != true || done["converged"] != false || done["separable"] != false || done["bound"] != nil ||
			done["bias"] != false || done["tie"] != "positive" || done["repeat"] != true || done["R"] != math.Sqrt(1.25) || done["b"] != 0.0 {
			t.Errorf("%s: done line %v", rule, done)
		}
	}
}

// TestPerceptronTieAndBias checks the flags' other settings on the notes'
// points: with the bias they are separable and every tie converges in three
// mistakes, without a repeat; the default tie is the rule's own.
func TestPerceptronTieAndBias(t *testing.T) {
	data := writeFile(t, "three.csv", threeCSV)
	for _, c := range []struct {
		args []string
		tie  string
	}{
		{[]string{"-rule", "pm1"}, "mistake"},
		{[]string{"-rule", "pm1", "-tie", "positive"}, "positive"},
		{[]string{"-rule", "classic"}, "negative"},
		{[]string{"-rule", "classic", "-tie", "mistake", "-bias=true"}, "mistake"},
	} {
		code, out, errs := runArgs(append([]string{"perceptron", "-data", data}, c.args...)...)
		ls := lines(t, out)
		done := ls[len(ls)-1]
		if code != 0 || errs != "" || done["converged"] != true || done["separable"] != true || done["mistakes"] != 3.0 ||
			done["bias"] != true || done["tie"] != c.tie || done["repeat"] != false || done["R"] != 1.5 {
			t.Errorf("%v: exit %d %s, done %v", c.args, code, errs, done)
		}
		if strings.Contains(out, `"earlier_step"`) {
			t.Errorf("%v: a repeat line on a separable run", c.args)
		}
	}
	// The proof's tie without a bias: x₁ and then x₂ are mistakes, and
	// w² = [0, 1] + [0, −1] = w⁰.
	code, out, _ := runArgs("perceptron", "-data", data, "-rule", "pm1", "-bias=false", "-tie", "mistake", "-epochs", "1")
	ls := lines(t, out)
	if code != 0 || ls[2]["repeat"] != true || fmt.Sprint(ls[2]["mistakes"], ls[2]["earlier_mistakes"], ls[2]["earlier_step"]) != "2 0 0" {
		t.Errorf("tie mistake without bias:\n%s", out)
	}
	for _, c := range []struct{ args []string }{
		{[]string{"-tie", "zero"}},
		{[]string{"-bias=maybe"}},
	} {
		code, _, errs := runArgs(append([]string{"perceptron", "-data", data}, c.args...)...)
		if code != 2 || !strings.Contains(errs, strings.SplitN(c.args[0], "=", 2)[0]) || strings.Count(errs, "\n") != 1 {
			t.Errorf("%v: exit %d, %q", c.args, code, errs)
		}
	}
}
