package ui

import (
	"image"
	"image/color"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
)

// TestFieldShaderMatchesCPU renders models with the GPU shader and with the
// engine on the CPU, and requires every pixel to agree within 2/255 per
// channel.
func TestFieldShaderMatchesCPU(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	models := map[string]FieldModel{}
	for _, a := range []engine.Activation{engine.Sign, engine.Arctan, engine.Sigmoid, engine.ReLU, engine.Tanh, engine.Identity} {
		models["neuron "+a.String()] = NeuronField([2]float64{1.3, -0.7}, 0.21, a)
	}
	models["xor sigmoid"] = MLPField(engine.XORLecture(engine.Sigmoid))
	models["xor sign"] = MLPField(engine.XORLecture(engine.Sign))
	for _, h := range []int{1, 3, 8} {
		for _, a := range []engine.Activation{engine.Tanh, engine.ReLU, engine.Sigmoid} {
			m := engine.NewMLP(h, a, int64(h*10+int(a)))
			m.Out = engine.Sigmoid
			for j := 0; j < h; j++ {
				m.W1[j] = [2]float64{rng.NormFloat64() * 3, rng.NormFloat64() * 3}
			}
			models["random H="+string(rune('0'+h))+" "+a.String()] = MLPField(m)
		}
	}
	// Every pair of activations in a small network: each is its own
	// specialisation of the shader.
	all := []engine.Activation{engine.Sign, engine.Arctan, engine.Sigmoid, engine.ReLU, engine.Tanh, engine.Identity}
	for _, hid := range all {
		for _, out := range all {
			m := engine.NewMLP(2, hid, 5)
			m.Out = out
			m.W1[0], m.W1[1] = [2]float64{2.5, -1}, [2]float64{-0.5, 3}
			models["H=2 "+hid.String()+" → "+out.String()] = MLPField(m)
		}
	}
	for name, m := range models {
		checkField(t, name, m, RegionStyle(Dark, m.Out))
		// Three stops, transparent in the middle, as the neuron and XOR
		// scenes draw their outputs (premultiplied colours, part opaque).
		lo, hi := m.Out.Range()
		if math.IsInf(lo, 0) || math.IsInf(hi, 0) {
			lo, hi = -2, 2
		}
		mid := FieldStyle{Lo: lo + (hi-lo)*0.025, Hi: hi - (hi-lo)*0.025, UseMid: true,
			Neg: WithAlpha(Light.ClassNeg, 0x60), Pos: WithAlpha(Light.ClassPos, 0x60), Mid: color.RGBA{}}
		checkField(t, name+" (mid)", m, mid)
		mid.Mid = WithAlpha(Light.Text, 0x30)
		checkField(t, name+" (grey mid)", m, mid.Scaled(0.7))
	}
}

// checkField draws m with style st on the GPU and compares every pixel
// with the CPU reference.
func checkField(t *testing.T, name string, m FieldModel, st FieldStyle) {
	t.Helper()
	const w, h = 96, 72
	{
		plane := NewPlane(0.5, 0.5, 1.6)
		plane.Layout(Rect{7, 5, w - 7, h - 5}) // off the image's origin, as on screen
		got := drawClipped(w, h, image.Rect(3, 4, w, h), func(sub *ebiten.Image) { DrawField(sub, &plane, m, st) })
		bad := 0
		for py := 5; py < h; py++ {
			for px := 7; px < w; px++ {
				x := plane.DataAt(float64(px)+0.5, float64(py)+0.5)
				want := FieldColor(m.Output(x), st)
				i := 4 * (py*w + px)
				if !near(got[i:i+4], want, 2) {
					if bad < 3 {
						t.Errorf("%s: pixel (%d,%d) at x=%v: GPU %v, CPU %v", name, px, py, x, got[i:i+4], want)
					}
					bad++
				}
			}
		}
		if bad > 0 {
			t.Errorf("%s: %d of %d pixels differ by more than 2/255", name, bad, w*h)
		}
	}
}

// drawClipped runs draw on the game's goroutine into the clip r of a new
// w×h image, as scenes draw into their plots, and returns the image's
// pixels.
func drawClipped(w, h int, r image.Rectangle, draw func(sub *ebiten.Image)) []byte {
	got := make([]byte, 4*w*h)
	onGame(func() {
		img := ebiten.NewImage(w, h)
		defer img.Deallocate()
		draw(img.SubImage(r).(*ebiten.Image))
		img.ReadPixels(got)
	})
	return got
}

// TestFieldColorThreeStops checks the CPU reference's middle stop.
func TestFieldColorThreeStops(t *testing.T) {
	neg, pos := color.RGBA{0, 0, 0x80, 0x80}, color.RGBA{0x80, 0, 0, 0x80}
	st := FieldStyle{Lo: 0, Hi: 1, Neg: neg, Pos: pos, UseMid: true}
	for v, want := range map[float64]color.RGBA{
		-1: neg, 0: neg, 0.25: {0, 0, 0x40, 0x40}, 0.5: {}, 0.75: {0x40, 0, 0, 0x40}, 1: pos, 7: pos,
	} {
		if got := FieldColor(v, st); got != want {
			t.Errorf("FieldColor(%v) = %v, want %v", v, got, want)
		}
	}
	st.UseMid = false
	if got := FieldColor(0.5, st); got != (color.RGBA{0x40, 0, 0x40, 0x80}) {
		t.Errorf("two stops at ½: %v", got)
	}
}

// TestDrawFieldDoesNotAllocate: drawing a field allocates nothing on our
// side (the uniforms are written in place). The model stays the same, so
// that Ebiten merges the draws and its own command queue does not grow
// within the frame.
func TestDrawFieldDoesNotAllocate(t *testing.T) {
	m := MLPField(engine.XORLecture(engine.Sigmoid))
	st := RegionStyle(Dark, m.Out)
	onGame(func() {
		img := ebiten.NewImage(64, 48)
		defer img.Deallocate()
		plane := NewPlane(0.5, 0.5, 1.2)
		plane.Layout(Rect{2, 2, 60, 44})
		DrawField(img, &plane, m, st)
		if n := testing.AllocsPerRun(100, func() { DrawField(img, &plane, m, st) }); n != 0 {
			t.Errorf("DrawField allocates %v times per call", n)
		}
	})
}

// BenchmarkDrawField measures issuing one field draw (the CPU side:
// uniforms and the draw command), many within one tick of the game loop.
// The draws are merged into one command whose quads the GPU still fills at
// the end of the tick, so the plane is kept tiny: what is measured is the
// cost a scene pays per frame on the CPU, which does not depend on size.
func BenchmarkDrawField(b *testing.B) {
	m := MLPField(engine.XORLecture(engine.Sigmoid))
	st := RegionStyle(Dark, m.Out)
	st.UseMid = true
	onGame(func() {
		img := ebiten.NewImage(16, 16)
		defer img.Deallocate()
		plane := NewPlane(0.5, 0.5, 1.2)
		plane.Layout(Rect{2, 2, 4, 4})
		b.ReportAllocs()
		b.ResetTimer()
		for b.Loop() {
			DrawField(img, &plane, m, st)
		}
	})
}

// BenchmarkDrawFieldFrame measures whole frames of the game loop (frames
// unthrottled while it runs) that each draw a 640×480 field of a model
// that changes every frame: the CPU side and the renderer's per-pixel work
// on this machine (software GL under Xvfb).
func BenchmarkDrawFieldFrame(b *testing.B) {
	m := MLPField(engine.XORLecture(engine.Sigmoid))
	st := RegionStyle(Dark, m.Out)
	st.UseMid = true
	var img *ebiten.Image
	plane := NewPlane(0.5, 0.5, 1.2)
	onGame(func() {
		img = ebiten.NewImage(640, 480)
		plane.Layout(Rect{10, 10, 620, 460})
		ebiten.SetTPS(ebiten.SyncWithFPS)
		ebiten.SetVsyncEnabled(false)
	})
	defer onGame(func() {
		img.Deallocate()
		ebiten.SetTPS(ebiten.DefaultTPS)
		ebiten.SetVsyncEnabled(true)
	})
	i := 0
	draw := func() {
		i++
		m.B2 = float64(i%100) * 0.01
		DrawField(img, &plane, m, st)
	}
	b.ResetTimer()
	for b.Loop() {
		onGame(draw)
	}
}

func near(p []byte, c color.RGBA, tol int) bool {
	d := func(a, b uint8) bool { return int(math.Abs(float64(int(a)-int(b)))) <= tol }
	return d(p[0], c.R) && d(p[1], c.G) && d(p[2], c.B) && d(p[3], c.A)
}

// TestClampF32KeepsParametersFinite: a parameter reaches the shader as
// itself where float32 holds it, saturated at ±1e30 beyond, and 0 for NaN
// (a diverged model draws as a saturated region, never NaN).
func TestClampF32KeepsParametersFinite(t *testing.T) {
	for _, c := range []struct {
		in   float64
		want float32
	}{
		{0, 0}, {1.5, 1.5}, {-20, -20}, {1e30, 1e30}, {-1e30, -1e30},
		{1e31, 1e30}, {-1e300, -1e30}, {math.Inf(1), 1e30}, {math.Inf(-1), -1e30}, {math.NaN(), 0},
	} {
		if got := clampF32(c.in); got != c.want {
			t.Errorf("clampF32(%g) = %g, want %g", c.in, got, c.want)
		}
	}
}
