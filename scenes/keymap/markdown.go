package keymap

import (
	"fmt"
	"strings"
)

// Markdown writes the global key map as the Markdown table README.md shows,
// with English key names, using en to translate the help keys.
func Markdown(en func(key string) string) string {
	var b strings.Builder
	b.WriteString("| key | action |\n|---|---|\n")
	for _, r := range Rows(Global, "en") {
		fmt.Fprintf(&b, "| %s | %s |\n", strings.ReplaceAll(r.Keys, "|", "\\|"), en(r.Help))
	}
	for _, r := range Rows(ParamBindings, "en") {
		fmt.Fprintf(&b, "| %s | %s (scenes with parameters) |\n", r.Keys, en(r.Help))
	}
	return b.String()
}
