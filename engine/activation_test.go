package engine

import (
	"math"
	"testing"
)

func TestActivationNames(t *testing.T) {
	for a := Sign; a < numActivations; a++ {
		got, err := ParseActivation(" " + a.String() + " ")
		if err != nil || got != a {
			t.Errorf("ParseActivation(%q) = %v, %v", a.String(), got, err)
		}
	}
	if _, err := ParseActivation("softmax"); err == nil {
		t.Error("ParseActivation accepted softmax")
	}
	if Activation(99).String() != "Activation(99)" || Activation(99).Valid() {
		t.Error("unknown activation")
	}
	if len(LectureActivations) != 4 || LectureActivations[0] != Sign || LectureActivations[3] != ReLU {
		t.Error("LectureActivations")
	}
}

func TestActivationValues(t *testing.T) {
	for _, c := range []struct {
		a    Activation
		x, y float64
	}{
		{Sign, 2, 1}, {Sign, -0.1, -1}, {Sign, 0, 0},
		{ReLU, 3, 3}, {ReLU, -3, 0}, {ReLU, 0, 0},
		{Sigmoid, 0, 0.5}, {Sigmoid, -1000, 0}, {Sigmoid, 1000, 1},
		{Arctan, 1, math.Pi / 4}, {Tanh, 0, 0}, {Identity, -7, -7},
	} {
		if got := c.a.F(c.x); got != c.y {
			t.Errorf("%v(%g) = %g, want %g", c.a, c.x, got, c.y)
		}
	}
	// Kink conventions.
	if Sign.Deriv(0) != 0 || ReLU.Deriv(0) != 0 || ReLU.Deriv(1e-300) != 1 {
		t.Error("kink conventions")
	}
	for a := Sign; a < numActivations; a++ {
		lo, hi := a.Range()
		for _, x := range []float64{-1e300, -50, -1, 0, 1, 50, 1e300} {
			y := a.F(x)
			if math.IsNaN(y) || y < lo || y > hi {
				t.Errorf("%v(%g) = %g outside [%g, %g]", a, x, y, lo, hi)
			}
			if d := a.Deriv(x); math.IsNaN(d) || math.IsInf(d, 0) {
				t.Errorf("%v'(%g) = %g", a, x, d)
			}
		}
	}
}

// TestActivationDerivatives checks Deriv against central differences away
// from the kinks, for every activation.
func TestActivationDerivatives(t *testing.T) {
	for a := Sign; a < numActivations; a++ {
		for _, x := range []float64{-3, -0.7, -0.01, 0.02, 0.5, 2.5} {
			const h = 1e-6
			fd := (a.F(x+h) - a.F(x-h)) / (2 * h)
			if math.Abs(fd-a.Deriv(x)) > 1e-8 {
				t.Errorf("%v'(%g) = %g, finite difference %g", a, x, a.Deriv(x), fd)
			}
			z := a.F(x)
			if math.Abs(a.derivFromOutput(x, z)-a.Deriv(x)) > 1e-15 {
				t.Errorf("%v: derivative from output differs at %g", a, x)
			}
		}
	}
}

func TestActivationTargets(t *testing.T) {
	for _, c := range []struct {
		a        Activation
		neg, thr float64
	}{{Sigmoid, 0, 0.5}, {ReLU, 0, 0.5}, {Sign, -1, 0}, {Tanh, -1, 0}, {Arctan, -1, 0}, {Identity, -1, 0}} {
		if c.a.Target(1) != 1 || c.a.Target(-1) != c.neg || c.a.Threshold() != c.thr {
			t.Errorf("%v: targets %g/%g threshold %g", c.a, c.a.Target(1), c.a.Target(-1), c.a.Threshold())
		}
		if c.a.Classify(c.thr) != -1 || c.a.Classify(c.thr+1e-9) != 1 {
			t.Errorf("%v: a point on the threshold must be class -1", c.a)
		}
	}
}
