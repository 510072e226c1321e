package ui

import "github.com/neurona/neurona/scenes/keymap"

// About is what a scene tells the game about itself, as data: its id,
// its own keys and its mouse help. A scene embeds it (set from a package
// table in New) and so implements ID, Bindings and MouseHelp of Scene
// without code of its own.
type About struct {
	Name  string           // the scene's id: "neuron", "perceptron" …
	Keys  []keymap.Binding // the scene's own keys, as the help lists them
	Mouse []string         // translation keys of the mouse and touch help
}

// ID implements Scene.
func (a *About) ID() string { return a.Name }

// Bindings implements Scene. The slice is the scene's table, capped so
// that a caller's append copies it rather than writing into it.
func (a *About) Bindings() []keymap.Binding { return a.Keys[:len(a.Keys):len(a.Keys)] }

// MouseHelp implements Scene, capped as Bindings is.
func (a *About) MouseHelp() []string { return a.Mouse[:len(a.Mouse):len(a.Mouse)] }
