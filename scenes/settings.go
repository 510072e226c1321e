package scenes

import (
	"github.com/neurona/neurona/internal/jsondecode"
	"github.com/neurona/neurona/internal/jsonencode"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/ui"
)

// settings are what persists between sessions: the user's scale, theme and
// language. They are read and written whole, as a value.
type settings struct {
	Zoom  float64 `json:"zoom"`
	Theme string  `json:"theme"`
	Lang  string  `json:"lang"`
}

// readSettings returns the stored settings over def: a field that is
// absent or out of range keeps def's, and a damaged document is ignored,
// never fatal.
func readSettings(b []byte, def settings) settings {
	if b == nil {
		return def
	}
	var s settings
	if jsondecode.Unmarshal(b, &s) != nil {
		return def
	}
	out := def
	if s.Zoom >= 0.6 && s.Zoom <= 3 {
		out.Zoom = s.Zoom
	}
	out.Theme = ui.ThemeByName(s.Theme).Name
	if _, err := i18n.Parse(s.Lang); err == nil && s.Lang != "" {
		out.Lang = s.Lang
	}
	return out
}

// encode returns the settings as stored.
func (s settings) encode() []byte {
	b, _ := jsonencode.Marshal(s)
	return b
}

// settings returns the game's current settings.
func (g *Game) settings() settings {
	return settings{Zoom: g.zoom, Theme: g.theme.Name, Lang: string(g.lang)}
}

// loadSettings applies the platform's stored settings.
func (g *Game) loadSettings() {
	s := readSettings(g.plat.LoadSettings(), g.settings())
	g.zoom, g.theme = s.Zoom, ui.ThemeByName(s.Theme)
	g.lang, _ = i18n.Parse(s.Lang)
}

// storeSettings persists the game's settings.
func (g *Game) storeSettings() { _ = g.plat.StoreSettings(g.settings().encode()) }
