package ui

import (
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
	const w, h = 96, 72
	for name, m := range models {
		var got []byte
		var plane Plane
		onGame(func() {
			img := ebiten.NewImage(w, h)
			defer img.Deallocate()
			plane = NewPlane(0.5, 0.5, 1.6)
			plane.Layout(Rect{7, 5, w - 7, h - 5}) // off the image's origin, as on screen
			DrawField(img, &plane, m, RegionStyle(Dark, m.Out))
			got = make([]byte, 4*w*h)
			img.ReadPixels(got)
		})
		st := RegionStyle(Dark, m.Out)
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

func near(p []byte, c color.RGBA, tol int) bool {
	d := func(a, b uint8) bool { return int(math.Abs(float64(int(a)-int(b)))) <= tol }
	return d(p[0], c.R) && d(p[1], c.G) && d(p[2], c.B) && d(p[3], c.A)
}
