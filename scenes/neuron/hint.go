package neuron

import (
	"strings"

	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/ui"
)

// hintMargin is the room, in layout units, the key hint leaves before the
// panel's text edge: shrunk to the width it touched the panel's right
// edge at 1920×1080 in Spanish.
const hintMargin = 16

// hintSep joins the key hint's entries (neuron.presets).
const hintSep = " · "

// hintLines is the key hint wrapped to a width: its entries joined on a
// line while they fit at body size, never shrunk, never cut inside an
// entry. It is kept for the language, width and size it was made for.
type hintLines struct {
	key  hintKey
	text []string
}

type hintKey struct {
	lang  i18n.Lang
	w, px float64
}

// lines returns the hint wrapped to width w at size px, making it again
// only when the language, the width or the size changed.
func (h *hintLines) lines(c *ui.Context, w, px float64) []string {
	k := hintKey{c.Lang, w, px}
	if h.text != nil && k == h.key {
		return h.text
	}
	h.key, h.text = k, h.text[:0]
	line := ""
	for _, e := range strings.Split(c.T("neuron.presets"), hintSep) {
		if line == "" {
			line = e
			continue
		}
		if tw, _ := ui.MeasureText(line+hintSep+e, px); tw <= w {
			line += hintSep + e
			continue
		}
		h.text = append(h.text, line)
		line = e
	}
	h.text = append(h.text, line)
	return h.text
}
