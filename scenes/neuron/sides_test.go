package neuron

import (
	"fmt"
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
)

// The labels "a > 0" and "a < 0" sit inside the half-planes they name
// (the centre of each label's box has the potential's sign it names), at
// every preset, in the three windows at text scale 1 and the two at the
// largest scale, and for lines that leave one side little room; where a
// side has no room for its label it is left out, never put across the
// line, nor hung on a leader. At the presets both are shown.
func TestSideLabelsStayOnTheirSide(t *testing.T) {
	lines := []struct {
		theta [2]float64
		b     float64
	}{{[2]float64{1, 1}, -1.5}, {[2]float64{-2, 0.5}, 0.3}, {[2]float64{0.2, -1}, 1.9}, {[2]float64{1, 0}, 2.1}}
	for _, win := range scenetest.AllWindows {
		r := scenetest.NewWindow(t, New(), win)
		check := func(what string, must bool) {
			r.Draw()
			s := r.S
			seen := map[string]bool{}
			for _, l := range r.C.Layout().Labels {
				sign := 0.0
				switch l.Text {
				case "a > 0":
					sign = 1
				case "a < 0":
					sign = -1
				default:
					continue
				}
				seen[l.Text] = true
				cx, cy := (l.Box[0]+l.Box[2])/2, (l.Box[1]+l.Box[3])/2
				if a := s.n.Potential(s.plane.DataAt(cx, cy)); a*sign <= 0 {
					t.Errorf("%s: %q centred at (%.0f, %.0f), where a = %.3g", what, l.Text, cx, cy, a)
				}
			}
			// A side label names the half-plane it sits in: a leader back
			// to its first place (drawn across the plane) would point at
			// nothing.
			for _, pl := range s.placer.Placed() {
				if (pl.Text == "a > 0" || pl.Text == "a < 0") && pl.HasLeader {
					t.Errorf("%s: %q hangs on a leader %v", what, pl.Text, pl.Leader)
				}
			}
			if must && (!seen["a > 0"] || !seen["a < 0"]) {
				t.Errorf("%s: side labels shown %v", what, seen)
			}
		}
		for i := 1; i <= len(presets); i++ {
			r.DoArg(keymap.Preset, i)
			r.Tick()
			check(fmt.Sprintf("%gx%g scale %g preset %d", win.W, win.H, win.Scale, i), true)
		}
		for _, l := range lines {
			r.S.n.Theta, r.S.n.B = l.theta, l.b
			r.Tick()
			check(fmt.Sprintf("%gx%g scale %g θ = %v, b = %v", win.W, win.H, win.Scale, l.theta, l.b), false)
		}
	}
}
