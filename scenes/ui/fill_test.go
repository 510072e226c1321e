package ui

import (
	"strings"
	"testing"

	"github.com/neurona/neurona/assets"
	"github.com/neurona/neurona/engine"
)

// TestFillMatchesReplacer holds fill to strings.NewReplacer, which it
// replaced: the shader sources with every activation, and the cases where
// the two could part (slots next to each other, a text holding a slot, two
// slots matching at one place, no slot at all).
func TestFillMatchesReplacer(t *testing.T) {
	type tc struct {
		src   string
		pairs []string
	}
	cases := []tc{
		{"", []string{"/*A*/", "x"}},
		{"no slot here", []string{"/*A*/", "x", "/*B*/", "y"}},
		{"/*A*//*B*//*A*/", []string{"/*A*/", "1", "/*B*/", "2"}},
		{"a /*A*/ b", []string{"/*A*/", "/*B*/", "/*B*/", "never"}},
		{"xx /*AB*/ yy", []string{"/*A", "first", "/*AB*/", "second"}},
		{"xx /*AB*/ yy", []string{"/*AB*/", "first", "/*A", "second"}},
		{"ends with /*A*/", []string{"/*A*/", ""}},
		{"αβ /*A*/ γ", []string{"/*A*/", "δ"}},
	}
	for a := range actKage {
		act := engine.Activation(a)
		cases = append(cases,
			tc{string(assets.FieldShader), []string{"/*HIDDEN*/", actBody(act), "/*OUT*/", actBody(engine.Identity), "/*POTENTIAL*/", "a := B2"}},
			tc{string(assets.NetFieldShader), []string{"/*ACT*/", actBody(act), "/*BODY*/", "return 1"}},
		)
	}
	for i, c := range cases {
		want := strings.NewReplacer(c.pairs...).Replace(c.src)
		if got := fill(c.src, c.pairs...); got != want {
			t.Errorf("case %d: fill gives\n%q\nstrings.Replacer gives\n%q", i, got, want)
		}
	}
}
