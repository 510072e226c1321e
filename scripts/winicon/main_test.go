package main

import "testing"

func TestIconShape(t *testing.T) {
	img := draw(64)
	if c := img.NRGBAAt(32, 32); c != soma {
		t.Errorf("centre %v, want the orange body %v", c, soma)
	}
	if c := img.NRGBAAt(0, 0); c.A != 0 {
		t.Errorf("corner %v, want transparent (rounded tile)", c)
	}
	if c := img.NRGBAAt(32, 4); c != tile {
		t.Errorf("top edge %v, want the tile %v", c, tile)
	}
	if c := img.NRGBAAt(46, 32); c != axon {
		t.Errorf("output line %v, want %v", c, axon)
	}
}
