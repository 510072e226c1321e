package regression

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui/place"
)

// On a phone held upright (390×844), as on a projector and at the largest
// text scale, every text of the scene — the gradient table's cells and
// headers, the worked update of b^[2] or θ_j, J and its mean, the cells,
// the chips, the message — is at least the legible minimum
// (c.LegiblePx()), in every preset and both languages: on a narrow panel
// the table's columns go in groups one under another, the update and the
// mean take two lines, the cells and the chips stack, instead of
// shrinking their text (on the phone the table and the update were drawn
// at 11–13 px).
func TestTextLegibleOnEveryWindow(t *testing.T) {
	scenetest.TextLegible(t, New, len(presets), scenetest.AllWindows)
}

// In a 1280×720 and a 1920×1080 window and on an upright phone, in every
// preset, at its start and while the descent goes on, no tick number of
// the grid is crossed by a residual segment (from a point to ŷ) or by a
// curve: the numbers keep clear of them as they do of the points (at
// 1280×720 the sine's residuals crossed the x axis's −3 and −2, and a
// unit's curve hid the minus of −2). The
// ticks and residuals are those of the frame drawn: the labels of its
// layout report inside the plane, the segments as drawn, stroke included.
func TestTickNumbersClearOfResiduals(t *testing.T) {
	for _, win := range scenetest.Windows {
		for n := 1; n <= len(presets); n++ {
			r := scenetest.NewWindow(t, New(), win)
			r.DoArg(keymap.Preset, n)
			for k := range 4 {
				if k > 0 {
					r.Steps(20)
				}
				r.Draw()
				what := fmt.Sprintf("%gx%g preset %d after %d steps", win.W, win.H, n, r.S.run.StepNo())
				ticks := 0
				for _, l := range r.C.Layout().Labels {
					b := place.Box{X0: l.Box[0], Y0: l.Box[1], X1: l.Box[2], Y1: l.Box[3]}
					if !isTick(l.Text) || !b.Inside(r.S.plane.Rect.Box()) {
						continue
					}
					ticks++
					if i := residualOver(r.S, b, r.C.Px(residualWidth)/2); i >= 0 {
						t.Errorf("%s: tick %q at %v is crossed by point %d's residual", what, l.Text, l.Box, i)
					}
					if i := curveOver(r.S, b); i >= 0 {
						t.Errorf("%s: tick %q at %v is crossed by curve %d (0: ŷ, j: unit j)", what, l.Text, l.Box, i)
					}
				}
				if ticks < 2 || len(r.S.v.resid) == 0 {
					t.Fatalf("%s: %d tick numbers, %d residuals: nothing to check", what, ticks, len(r.S.v.resid)/3)
				}
			}
		}
	}
}

// curveOver returns the index of a curve drawn over the grid (0: ŷ, j:
// unit j) that crosses b, or −1.
func curveOver(s *Scene, b place.Box) int {
	for i, xy := range s.tickCurves() {
		for k := 2; k+1 < len(xy); k += 2 {
			seg := place.Seg{A: place.Point{X: xy[k-2], Y: xy[k-1]}, B: place.Point{X: xy[k], Y: xy[k+1]}}
			if seg.Crosses(b) {
				return i
			}
		}
	}
	return -1
}

// isTick reports whether a label is a grid number: "−3", "0.5".
func isTick(s string) bool {
	_, err := strconv.ParseFloat(strings.Replace(s, "−", "-", 1), 64)
	return err == nil
}

// residualOver returns the index of a point whose residual segment, half
// wide, overlaps b, or −1.
func residualOver(s *Scene, b place.Box, half float64) int {
	for i := 0; i+2 < len(s.v.resid); i += 3 {
		x, y0, y1 := s.v.resid[i], s.v.resid[i+1], s.v.resid[i+2]
		seg := place.Box{X0: x - half, Y0: math.Min(y0, y1), X1: x + half, Y1: math.Max(y0, y1)}
		if seg.Overlaps(b) {
			return i / 3
		}
	}
	return -1
}
