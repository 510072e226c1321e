package regression

import (
	"testing"

	"github.com/neurona/neurona/scenes/keymap"

	"github.com/neurona/neurona/scenes/scenetest"
)

// At the largest text scale on a 1280×720 projector every part of the
// panel (the table of gradients, the J plot, the note) is still there,
// reachable by scrolling.
func TestPanelKeepsEveryPartAtLargestZoom(t *testing.T) {
	scenetest.PanelPartsReachable(t, New, len(presets), func(*Scene) []string {
		return []string{"model", "cells", "loss", "table", "update", "chips", "message", "plot"}
	})
}

// A click on a cell of the scrolled panel lands on the cell drawn there:
// the clickable parts move with the scroll.
func TestPanelClicksFollowTheScroll(t *testing.T) {
	r := scenetest.NewSize(t, New(), scenetest.ZoomedWidth, scenetest.ZoomedHeight)
	r.C.Scale = scenetest.LargestZoom
	r.Draw()
	r.Tick()
	top := r.S.v.cells[0]
	r.Wheel(r.S.v.side.X+r.S.v.side.W/2, r.S.v.side.Y+r.S.v.side.H/2, r.C.Px(40))
	r.Tick()
	if got := r.S.v.cells[0].Y; got >= top.Y || r.S.scroll.Off <= 0 {
		t.Fatalf("after the wheel the cells are at y %g (were %g), offset %g", got, top.Y, r.S.scroll.Off)
	}
	sel := r.S.sel
	next := (sel + 1) % numParams
	cell := r.S.v.cells[next]
	r.Click(cell.X+cell.W/2, cell.Y+cell.H/2, 0)
	if r.S.sel != next {
		t.Errorf("a click on cell %d of the scrolled panel selected %d", next, r.S.sel)
	}
}

// A frame drawn right after the tick that changed the network's shape
// (a preset with H = 0 after one with H = 3, and back, and a new H) shows
// the table laid out for the new shape: the panel's parts are laid out
// again after the tick's actions.
func TestPanelFollowsTheShapeInTheSameTick(t *testing.T) {
	r := rig(t, 3)
	for _, n := range []int{1, 3, 1} {
		r.DoArg(keymap.Preset, n)
		r.Draw()
		if want := presets[n-1].hidden; r.S.hidden != want {
			t.Fatalf("preset %d: H = %d, want %d", n, r.S.hidden, want)
		}
		if rows := r.S.tableRows(0); r.S.hidden > 0 && rows != r.S.hidden && rows != r.S.hidden+1 || r.S.hidden == 0 && rows != 2 {
			t.Errorf("preset %d: the table's first group has %d rows for H = %d", n, rows, r.S.hidden)
		}
	}
	r.Do(keymap.ParamNext) // the H cell
	r.Do(keymap.ParamInc)
	r.Draw()
}
