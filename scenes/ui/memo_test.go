package ui

import "testing"

// A Recent makes a value once per key while the key is among the last
// RecentSize, and again after it was pushed out.
func TestMemoMakesOncePerRecentKey(t *testing.T) {
	var m Recent[int, string]
	made := 0
	get := func(k int) string {
		return *m.Get(k, func(v *string) { made++; *v = string(rune('a' + k)) })
	}
	for _, k := range []int{1, 2, 1, 2, 1} {
		if got := get(k); got != string(rune('a'+k)) {
			t.Fatalf("Get(%d) = %q", k, got)
		}
	}
	if made != 2 {
		t.Errorf("made %d values for two keys, want 2", made)
	}
	if *m.Shown() != "b" {
		t.Errorf("Shown = %q after Get(1), want b", *m.Shown())
	}
	for k := 3; k < 3+RecentSize; k++ {
		get(k)
	}
	made = 0
	get(1) // pushed out by RecentSize newer keys
	if made != 1 {
		t.Errorf("a key pushed out was made %d times, want 1", made)
	}
	allocs := testing.AllocsPerRun(50, func() { get(1) })
	if allocs != 0 {
		t.Errorf("Get of a kept key allocates %v times", allocs)
	}
}

// A Memo makes a text once for a key, again for a new key, not at all
// for a key it still holds, and its lookups allocate nothing.
func TestMemoMakesTextOncePerKey(t *testing.T) {
	var m Memo[int]
	made := 0
	text := func(k int) string {
		return m.Text(k, func() string { made++; return string(rune('a' + k)) })
	}
	for _, k := range []int{1, 1, 2, 1, 2} {
		if got := text(k); got != string(rune('a'+k)) {
			t.Fatalf("key %d: %q", k, got)
		}
	}
	if made != 2 {
		t.Errorf("made %d texts for 2 keys", made)
	}
	if n := testing.AllocsPerRun(100, func() { _ = text(2) }); n != 0 {
		t.Errorf("a lookup allocates %v times", n)
	}
}
