package ui

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
)

// netRegionStyle is the regions' style the embedding scene uses: K = 2
// fades from the class 0 tint through nothing to the class 1 tint; K ≥ 3
// takes each class's tint.
func netRegionStyle(th *Theme) FieldStyle {
	st := FieldStyle{Lo: 0, Hi: 1, Neg: th.RegionNeg, Pos: th.RegionPos, UseMid: true}
	for c := range st.Classes {
		st.Classes[c] = th.ClassRegion(c)
	}
	return st
}

// netUnitStyle is a unit picture's style: class 0's colour through the
// background to class 1's over the activation's range (±2 for ReLU).
func netUnitStyle(th *Theme, act engine.Activation) FieldStyle {
	lo, hi := act.Range()
	if math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		lo, hi = -2, 2
	}
	return FieldStyle{Lo: lo, Hi: hi, Neg: th.ClassNeg, Pos: th.ClassPos, UseMid: true, Mid: th.Background}
}

// testNet is a network of the given hidden widths with weights large enough
// that its pictures have structure in the plane drawn.
func testNet(widths []int, k int, act engine.Activation, seed int64) engine.Net {
	n := engine.NewNet(widths, k, act, seed)
	for l := range n.W {
		for j := range n.W[l] {
			for i := range n.W[l][j] {
				n.W[l][j][i] *= 2.2
			}
			n.B[l][j] *= 1.5
		}
	}
	return n
}

// TestNetFieldShaderMatchesCPU renders deep networks with the GPU shader
// and with the engine on the CPU (NetField.Color), for every activation,
// depth 1–4, every width 1–8, K = 2, 3, 4, in both modes: the decision
// regions (over the input plane and over a 2-unit layer's plane) and every
// layer's units, the output probabilities included. Every pixel must agree
// within 2/255 per channel, except where two classes are as likely to
// within float32's rounding (the class, hence the colour, flips there).
func TestNetFieldShaderMatchesCPU(t *testing.T) {
	acts := []engine.Activation{engine.Tanh, engine.Sigmoid, engine.ReLU, engine.Arctan}
	shapes := 0
	seen := map[[2]int]bool{} // (depth, width) pairs covered
	for ai, act := range acts {
		for depth := 1; depth <= engine.MaxLayers; depth++ {
			for k := 2; k <= engine.MaxClasses; k++ {
				// Widths cycle through 1…8 so that each depth meets every
				// width across the activations and K; one layer of two
				// units gives a plane for the regions from a hidden layer.
				widths := make([]int, depth)
				for l := range widths {
					widths[l] = 1 + (ai*3+k+l*5+depth*2)%engine.MaxHidden
				}
				two := depth - 1 // the first layer meets every width
				if depth > 1 || (ai == 0 && k == 2) {
					widths[two] = 2
				}
				for _, w := range widths {
					seen[[2]int{depth, w}] = true
				}
				n := testNet(widths, k, act, int64(100*ai+10*depth+k))
				name := fmt.Sprintf("%v %v K=%d", act, widths, k)
				checkNetField(t, name+" regions", NetRegions(&n), netRegionStyle(Dark))
				checkNetField(t, name+" regions (light, faded)", NetRegions(&n), netRegionStyle(Light).Scaled(0.6))
				if widths[two] == 2 {
					checkNetField(t, fmt.Sprintf("%s regions from h%d", name, two+1),
						NetField{Net: &n, From: two + 1, Regions: true}, netRegionStyle(Dark))
				}
				for l := 0; l <= depth+1; l++ {
					j := (ai + k + l) % n.Width(l)
					st := netUnitStyle(Light, act)
					switch l {
					case 0:
						st.Lo, st.Hi = -2, 2
					case depth + 1:
						st = FieldStyle{Lo: 0, Hi: 1, Neg: Dark.Background, Pos: Dark.ClassColor(max(j, k-2))}
					}
					checkNetField(t, fmt.Sprintf("%s unit %d,%d", name, l, j), NetUnit(&n, l, j), st)
				}
				shapes++
			}
		}
	}
	for d := 1; d <= engine.MaxLayers; d++ {
		for w := 1; w <= engine.MaxHidden; w++ {
			if !seen[[2]int{d, w}] {
				t.Errorf("no network of depth %d has a layer of width %d", d, w)
			}
		}
	}
	if shapes != len(acts)*engine.MaxLayers*3 {
		t.Errorf("%d shapes tested", shapes)
	}
}

// checkNetField draws m with style st on the GPU and compares every pixel
// with the CPU reference.
func checkNetField(t *testing.T, name string, m NetField, st FieldStyle) {
	t.Helper()
	const w, h = 64, 48
	plane := NewPlane(0.3, -0.2, 2.5)
	if m.From > 0 {
		plane = NewPlane(0.2, 0.1, 1.3) // a hidden layer's outputs
	}
	plane.Layout(Rect{5, 3, w - 5, h - 3})
	got := drawClipped(w, h, image.Rect(2, 1, w, h), func(sub *ebiten.Image) { DrawNetField(sub, &plane, m, st) })
	bad, painted := 0, 0
	for py := 3; py < h; py++ {
		for px := 5; px < w; px++ {
			z := plane.DataAt(float64(px)+0.5, float64(py)+0.5)
			want := m.Color(z, st)
			i := 4 * (py*w + px)
			if want.A > 0 {
				painted++
			}
			if near(got[i:i+4], want, 2) || (m.Regions && tied(m, z)) {
				continue
			}
			if bad < 3 {
				t.Errorf("%s: pixel (%d,%d) at %v: GPU %v, CPU %v", name, px, py, z, got[i:i+4], want)
			}
			bad++
		}
	}
	if bad > 0 {
		t.Errorf("%s: %d of %d pixels differ by more than 2/255", name, bad, w*h)
	}
	if painted == 0 {
		t.Errorf("%s: the CPU reference paints nothing", name)
	}
}

// tied reports whether the two most probable classes at z are within
// float32's rounding of each other, where the shader may pick either.
func tied(m NetField, z [2]float64) bool {
	if m.Net.K <= 2 {
		return false
	}
	var f engine.NetForward
	m.Net.ForwardFrom(m.From, z, &f)
	a := f.A[m.Net.L+1]
	best, second := math.Inf(-1), math.Inf(-1)
	for c := range m.Net.K {
		switch {
		case a[c] > best:
			best, second = a[c], best
		case a[c] > second:
			second = a[c]
		}
	}
	return best-second < 1e-4*math.Max(1, math.Abs(best))
}

// TestNetFieldRegionsMatchTheClassifier: the regions' colour is the colour
// of the class the network gives each point, and a unit of layer 1 is the
// engine's Unit.
func TestNetFieldRegionsMatchTheClassifier(t *testing.T) {
	n := testNet([]int{5, 3}, 3, engine.Tanh, 4)
	st := netRegionStyle(Dark)
	for _, x := range [][2]float64{{1, 0}, {-1.5, 0.7}, {0.2, -2}, {2, 2}} {
		c := NetRegions(&n).Color(x, st)
		want := st.Classes[n.Classify(x)]
		// Same hue: every channel in the same proportion to the alpha.
		if c.A == 0 || math.Abs(float64(c.R)/float64(c.A)-float64(want.R)/float64(want.A)) > 0.05 {
			t.Errorf("regions at %v: %v, class colour %v", x, c, want)
		}
		us := FieldStyle{Lo: -1, Hi: 1, Neg: color.RGBA{A: 255}, Pos: color.RGBA{R: 255, A: 255}}
		if got, want := NetUnit(&n, 1, 2).Color(x, us), FieldColor(n.Unit(x, 1, 2), us); got != want {
			t.Errorf("unit at %v: %v, want %v", x, got, want)
		}
	}
	if c := (NetField{Net: &n, From: 1, Regions: true}).Color([2]float64{}, st); c != (color.RGBA{}) {
		t.Errorf("regions from a 5-unit layer's plane: %v, want nothing", c)
	}
}

// TestDrawNetFieldDoesNotAllocate: once a shape's shader is compiled,
// drawing allocates nothing on our side.
func TestDrawNetFieldDoesNotAllocate(t *testing.T) {
	n := testNet([]int{8, 8, 8, 8}, 4, engine.ReLU, 3)
	st := netRegionStyle(Dark)
	onGame(func() {
		img := ebiten.NewImage(64, 48)
		defer img.Deallocate()
		plane := NewPlane(0, 0, 2)
		plane.Layout(Rect{2, 2, 60, 44})
		DrawNetField(img, &plane, NetRegions(&n), st)
		if a := testing.AllocsPerRun(100, func() { DrawNetField(img, &plane, NetRegions(&n), st) }); a != 0 {
			t.Errorf("DrawNetField allocates %v times per call", a)
		}
	})
}
