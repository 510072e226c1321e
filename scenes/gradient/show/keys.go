package show

import "github.com/neurona/neurona/scenes/keymap"

// NudgeKeys are the shared ↑ / ↓ parameter keys, for a scene whose only
// parameter is α: [ and ] (which choose a parameter) are left out, so the
// help lists no key that does nothing.
func NudgeKeys() []keymap.Binding {
	var out []keymap.Binding
	for _, b := range keymap.ParamBindings {
		if b.Action == keymap.ParamInc || b.Action == keymap.ParamDec {
			out = append(out, b)
		}
	}
	return out
}
