package embedding

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui"
)

// bench9 loads the bench's embedding case: preset 9 (1,000 points, four
// hidden layers of 8, the t-SNE view) playing at the top speed.
func bench9(r *scenetest.Rig[*Scene]) {
	r.DoArg(keymap.Preset, 9)
	r.S.player.Speed = len(ui.Speeds) - 1
	r.Do(keymap.Play)
}

// TestPlayingFramesMakeNoGarbage: in the bench's case a frame's Update allocates nothing, and its Draw makes no
// garbage of its own: what it allocates is Ebiten's bookkeeping of each
// draw command (a few small objects a command), bounded here. A view
// clipped anew every frame grew a thousand markers' vertex buffers each
// time (670 KB a frame); the tiles and their frames drawn in turn made
// seventy commands.
func TestPlayingFramesMakeNoGarbage(t *testing.T) {
	r := scenetest.OnLoop(t, New(), bench9)
	if n, b := scenetest.DrawAllocs(func() {}, r.Tick); n > 0 {
		t.Errorf("a playing tick allocates %d times, %d bytes", n, b)
	}
	scenetest.DrawsWithoutGarbage(t, "playing", r.Tick, func() { r.Draw() }, 50, 4<<10)
}

// TestTilesAreSpreadOverFrames: while playing, the units' pictures follow
// the network a few units a frame (never more than tilesPerFrame draws of
// the field shader), lagging it by a round at most; paused, a frame draws
// them all for the network shown.
func TestTilesAreSpreadOverFrames(t *testing.T) {
	r := scenetest.OnLoop(t, New(), bench9)
	units := 0
	for l := range r.S.run.Net().L + 2 {
		units += r.S.run.Net().Width(l)
	}
	frames := (units + tilesPerFrame - 1) / tilesPerFrame
	rounds := 0
	for range 6 * frames {
		onGame(func() {
			r.Tick()
			before := r.S.pics.round
			r.Draw()
			if after := r.S.pics.round; after >= 0 && after-max(before, 0) > tilesPerFrame {
				t.Errorf("a frame drew tiles %d to %d", before, after)
			}
			if r.S.pics.round < 0 {
				rounds++
			}
		})
		if lag := r.S.netVersion - r.S.pics.drawn.net; lag > 3*frames {
			t.Errorf("the tiles show network %d of %d", r.S.pics.drawn.net, r.S.netVersion)
		}
	}
	if rounds < 4 {
		t.Errorf("%d rounds of the tiles completed in %d frames", rounds, 6*frames)
	}
	r.Do(keymap.Play) // pause
	r.Do(keymap.Step)
	onGame(func() { r.Draw() })
	if r.S.pics.drawn != r.S.pics.tiles || r.S.pics.round >= 0 {
		t.Errorf("paused: the atlas shows %+v, want %+v", r.S.pics.drawn, r.S.pics.tiles)
	}
}

// TestGridKeepsTickNumbersOffThePoints: the data plane's grid is the one
// whose tick numbers keep clear of the points (Plane.DrawGridAvoiding),
// pixel for pixel, in every preset at the three window sizes; and in some
// of them the plain grid would have put a number over a point, so the
// check tells the two apart.
func TestGridKeepsTickNumbersOffThePoints(t *testing.T) {
	differ := 0
	for _, win := range scenetest.Windows {
		r := scenetest.NewSize(t, New(), win.W, win.H-46*win.Scale)
		r.C.Scale = win.Scale
		for i := 1; i <= len(presets); i++ {
			r.DoArg(keymap.Preset, i)
			onGame(func() {
				r.Draw()
				p := r.S.v.plane
				b := r.S.grid.img.Bounds()
				avoid, plain := ebiten.NewImage(b.Dx(), b.Dy()), ebiten.NewImage(b.Dx(), b.Dy())
				p.DrawGridAvoiding(avoid, r.C, r.S.v.planePts)
				p.DrawGridAround(plain, r.C, r.S.v.planePts)
				got, want, other := pixels(r.S.grid.img), pixels(avoid), pixels(plain)
				same, otherSame := true, true
				for y := int(p.Rect.Y) + 1; y < int(p.Rect.Bottom())-1; y++ {
					for x := int(p.Rect.X) + 1; x < int(p.Rect.Right())-1; x++ {
						k := 4 * (y*b.Dx() + x)
						same = same && got[k] == want[k] && got[k+3] == want[k+3]
						otherSame = otherSame && got[k] == other[k] && got[k+3] == other[k+3]
					}
				}
				if !same {
					t.Errorf("%gx%g preset %d: the data plane's grid is not DrawGridAvoiding's", win.W, win.H, i)
				}
				if !otherSame {
					differ++
				}
			})
		}
	}
	if differ == 0 {
		t.Error("no preset at any size had a tick number over a point: the check cannot tell the grids apart")
	}
}

// pixels reads img's pixels.
func pixels(img *ebiten.Image) []byte {
	b := img.Bounds()
	pix := make([]byte, 4*b.Dx()*b.Dy())
	img.ReadPixels(pix)
	return pix
}

// TestPhoneCellsAreLegible: on an upright phone every parameter cell's
// "name = value" (the perplexity's too) is written at the legible size or
// larger, in both languages and in every view, every cell is in the
// panel, and so is the plots' legend (under the class buttons there).
func TestPhoneCellsAreLegible(t *testing.T) {
	for _, lang := range []string{"es", "en"} {
		r := scenetest.NewSize(t, New(), 390, 844-46)
		if lang == "en" {
			r.C.Lang = r.C.Lang.Other()
		}
		for _, p := range []int{1, 7, 9} {
			r.DoArg(keymap.Preset, p)
			r.Draw()
			ps := r.S.params(r.C)
			for i, cell := range r.S.v.cells {
				text := ps[i].Name + " = " + ps[i].Value
				if px := ui.FitText(text, r.C.Px(17), cell.W-r.C.Px(10)); px < r.C.LegiblePx()-1e-9 {
					t.Errorf("%s preset %d: %q at %.1f px, under %.1f", lang, p, text, px, r.C.LegiblePx())
				}
				if cell.Empty() || cell.X < r.S.v.side.X || cell.Right() > r.S.v.side.Right() {
					t.Errorf("%s preset %d: cell %q at %+v, panel %+v", lang, p, text, cell, r.S.v.side)
				}
			}
			// The plots' legend, beside the class buttons or under them,
			// ends inside the panel.
			train, test := r.S.legend(r.C)
			w1, _ := ui.MeasureText(train, r.C.Px(16))
			w2, _ := ui.MeasureText(test, r.C.Px(16))
			x := r.S.v.classBtn[len(r.S.v.classBtn)-1].Right() + r.C.Px(12)
			if r.S.v.legendBelow {
				x = r.S.v.classBtn[0].X
			}
			if end := x + w1 + r.C.Px(12) + w2; end > r.S.v.side.Right() {
				t.Errorf("%s preset %d: the legend runs to %.0f, past the panel's %.0f", lang, p, end, r.S.v.side.Right())
			}
		}
	}
}

// TestPassRedrawsPanelOnceAndSpread: while playing, the side panel's
// picture is redrawn once per pass of the follower (whose end brings the
// numbers, the curves and the history's counts in one tick: they had come
// a tick apart, two redraws a pass), and no frame redraws both the panel
// and the diagram's edges, which a pass changes together.
func TestPassRedrawsPanelOnceAndSpread(t *testing.T) {
	r := scenetest.OnLoop(t, New(), bench9)
	onGame(func() { r.Tick(); r.Draw() })
	passes0 := r.S.fol.passes
	panels, nets := 0, 0
	for range 200 {
		onGame(func() {
			pk, nk := r.S.panel.key, r.S.netDrawn.key
			r.Tick()
			r.Draw()
			p, n := r.S.panel.key != pk, r.S.netDrawn.key != nk
			if p && n {
				t.Errorf("a frame redrew both the panel and the diagram (pass %d)", r.S.fol.passes)
			}
			if p {
				panels++
			}
			if n {
				nets++
			}
		})
	}
	passes := r.S.fol.passes - passes0
	if passes < 3 {
		t.Fatalf("only %d passes in 200 ticks: the check sees too few", passes)
	}
	if panels > passes+1 || nets > passes+1 {
		t.Errorf("%d passes redrew the panel %d times and the diagram %d times", passes, panels, nets)
	}
	if nets < passes-1 {
		t.Errorf("%d passes, the diagram's edges redrawn %d times: they no longer follow the network", passes, nets)
	}
}

// TestPlayingFrameRedrawsOneStill: in the bench's case no playing frame
// redraws two of its cached pictures (the diagram's edges, the panel, the
// grid, a view's markers): one that changed in a frame that redrew another
// waits a frame; paused, a frame shows the views' markers as they are.
func TestPlayingFrameRedrawsOneStill(t *testing.T) {
	r := scenetest.OnLoop(t, New(), bench9)
	s := r.S
	onGame(func() { r.Draw() }) // the first frame draws them all
	redraws := 0
	for i := range 60 {
		onGame(func() {
			r.Tick()
			r.Draw()
		})
		if s.redrawn > 1 {
			t.Fatalf("frame %d redrew %d cached pictures", i, s.redrawn)
		}
		redraws += s.redrawn
	}
	if redraws < 1 {
		t.Fatalf("%d redraws in %d frames: the case measured does not change its pictures", redraws, 60)
	}
	// A t-SNE iteration ending with a pass of the follower: the diagram
	// is redrawn, the layer's markers a frame later.
	onGame(func() {
		r.Tick()
		s.v.netShown += 1000
		s.v.spaceXY.ver++
		r.Draw()
	})
	if s.redrawn != 1 || s.stills[1].key.pos == s.v.spaceXY.ver {
		t.Errorf("a frame that redrew the diagram redrew %d pictures, the markers' among them: %v", s.redrawn, s.stills[1].key.pos == s.v.spaceXY.ver)
	}
	onGame(func() { r.Draw() })
	if s.stills[1].key.pos != s.v.spaceXY.ver {
		t.Error("the markers waited more than a frame")
	}
	r.Do(keymap.Play) // pause
	onGame(func() { r.Tick(); r.Draw() })
	for i := 1; i <= 2; i++ {
		if s.stills[i].key.pos != s.v.spaceXY.ver && i == 1 || s.stills[i].key.pos != s.v.rawXY.ver && i == 2 {
			t.Errorf("paused, view %d's markers show positions %d", i, s.stills[i].key.pos)
		}
	}
}
