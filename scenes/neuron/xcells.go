package neuron

import (
	"github.com/neurona/neurona/scenes/neuron/model"
	"github.com/neurona/neurona/scenes/ui"
)

// xCells are the table's x₁ and x₂ columns as strings, made again only
// when the data changes: they do not depend on θ and b, and a string's
// layout is kept (ui.DrawText), where a buffer's numbers (ui.DrawBytes,
// which the changing a and ŷ need so as to make no garbage) are laid out
// glyph by glyph on every frame, the table's largest cost while θ₁
// changed every frame.
type xCells struct {
	version uint64
	made    bool
	cells   [][2]string
	makes   int // times the columns were made (for tests)
}

// of returns the columns for rows, the first rows of data whose version
// is version.
func (x *xCells) of(rows []model.Row, version uint64) [][2]string {
	if x.made && x.version == version && len(x.cells) == len(rows) {
		return x.cells
	}
	x.made, x.version = true, version
	x.cells = x.cells[:0]
	for _, r := range rows {
		x.cells = append(x.cells, [2]string{ui.Fixed(r.X[0]), ui.Fixed(r.X[1])})
	}
	x.makes++
	return x.cells
}
