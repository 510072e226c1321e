package ui

import "testing"

// LayerKey hands Refresh the same interface value while the key stays the
// same (no allocation), and a new one, equal to the new key, when it
// changes.
func TestLayerKeyMakesItsValueOnlyOnChange(t *testing.T) {
	type key struct {
		Gen  int
		Name string
	}
	var lk LayerKey[key]
	a := lk.Of(key{1, "a"})
	if a != any(key{1, "a"}) {
		t.Fatalf("Of = %v", a)
	}
	if n := testing.AllocsPerRun(100, func() { _ = lk.Of(key{1, "a"}) }); n != 0 {
		t.Errorf("the same key allocates %v times", n)
	}
	if b := lk.Of(key{2, "a"}); b != any(key{2, "a"}) || b == a {
		t.Errorf("a new key gives %v", b)
	}
	var zero LayerKey[int]
	if v := zero.Of(0); v != any(0) {
		t.Errorf("the zero key gives %v, want 0", v)
	}
}
