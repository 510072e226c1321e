package fontcover

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"

	"github.com/neurona/neurona/assets"
)

// notText are runes that appear in literals under scenes/ but are never
// drawn as text, each with the reason.
var notText = map[rune]string{
	'⛶': "label of the fullscreen button, which ui.FullscreenIcon draws as lines",
}

// TestEmbeddedFontCoversEveryText fails when a translation or a string
// literal of scenes/ uses a character the embedded font subset has no glyph
// for: add the character, then run scripts/subset-font.sh.
func TestEmbeddedFontCoversEveryText(t *testing.T) {
	f, err := sfnt.Parse(assets.FontTTF)
	if err != nil {
		t.Fatalf("embedded font: %v", err)
	}
	uses, err := Runes(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if len(uses) < 50 {
		t.Fatalf("only %d characters found in the texts; the scan is broken", len(uses))
	}
	var buf sfnt.Buffer
	for _, u := range uses {
		if _, ok := notText[u.Rune]; ok {
			continue
		}
		if g, err := f.GlyphIndex(&buf, u.Rune); err != nil || g == 0 {
			t.Errorf("%q (U+%04X, used in %s) has no glyph in the embedded font: run scripts/subset-font.sh", u.Rune, u.Rune, u.Where)
		}
	}
}

// TestLecturesNotationIsCovered names the characters the notes need, so
// that a broken scan cannot hide a missing glyph.
func TestLecturesNotationIsCovered(t *testing.T) {
	f, err := sfnt.Parse(assets.FontTTF)
	if err != nil {
		t.Fatalf("embedded font: %v", err)
	}
	var buf sfnt.Buffer
	for _, r := range "θσγŷ∂∇∑Σ≤≥∈αΔ‖·×−±₀₁₂₃ⁿ⁰¹²³⁻ᵀᵢ←↑→↓▶◀✓✗…áéíóúñ¿¡" {
		if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
			t.Errorf("%q (U+%04X) has no glyph in the embedded font", r, r)
		}
	}
}

// TestRunesReadsLiteralsNotComments checks the scan on a small tree: string
// and rune literals (escapes resolved) and translation values count,
// comments and test files do not.
func TestRunesReadsLiteralsNotComments(t *testing.T) {
	root := t.TempDir()
	write := func(rel, s string) {
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("assets/i18n/a.json", `{"k": {"es": "¿ñ?", "en": "\u03b3"}}`)
	write("scenes/x/x.go", "package x\n\n// ⟂ in a comment\nvar a, b, c = \"\\u03b8\", 'ŷ', `∂`\n")
	write("scenes/x/x_test.go", "package x\n\nvar d = \"∇\"\n")
	uses, err := Runes(root)
	if err != nil {
		t.Fatal(err)
	}
	got := ""
	for _, u := range uses {
		got += string(u.Rune)
	}
	if want := "?¿ñŷγθ∂"; got != want {
		t.Errorf("Runes = %q, want %q", got, want)
	}
	for _, u := range uses {
		if u.Rune == 'θ' && u.Where != "scenes/x/x.go:4" {
			t.Errorf("θ found at %q, want scenes/x/x.go:4", u.Where)
		}
	}
}

// TestRunesReportsBadInput checks that a broken translation table is an
// error naming the file, not a panic or a silent gap.
func TestRunesReportsBadInput(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "assets", "i18n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Runes(root); err == nil {
		t.Error("no translation tables: want an error")
	}
	p := filepath.Join(root, "assets", "i18n", "bad.json")
	if err := os.WriteFile(p, []byte(`{"k": `), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Runes(root)
	if err == nil || !strings.Contains(err.Error(), "bad.json") {
		t.Errorf("broken table: err = %v, want one naming bad.json", err)
	}
}
