package regression

import (
	"testing"

	"github.com/neurona/neurona/scenes/scenetest"
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
