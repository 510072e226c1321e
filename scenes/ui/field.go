package ui

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/assets"
	"github.com/neurona/neurona/engine"
)

// FieldModel is a model whose output the field shader evaluates at every
// pixel: one neuron (H = 0) or a two-layer network of up to
// engine.MaxHidden hidden units. It mirrors engine.MLP so that scenes hand
// over their model as it is.
type FieldModel struct {
	H           int
	W1          [engine.MaxHidden][2]float64
	B1          [engine.MaxHidden]float64
	W2          [engine.MaxHidden]float64
	B2          float64
	Hidden, Out engine.Activation
}

// NeuronField is the field of one neuron σ(θ·x + b).
func NeuronField(theta [2]float64, b float64, act engine.Activation) FieldModel {
	f := FieldModel{Out: act}
	f.W1[0], f.B1[0] = theta, b
	return f
}

// MLPField is the field of a two-layer network's output ŷ.
func MLPField(m engine.MLP) FieldModel {
	return FieldModel{H: m.H, W1: m.W1, B1: m.B1, W2: m.W2, B2: m.B2, Hidden: m.Hidden, Out: m.Out}
}

// Output evaluates the model on the CPU, with the engine's functions: the
// reference the shader is tested against.
func (f FieldModel) Output(x [2]float64) float64 {
	if f.H <= 0 {
		return engine.Neuron{Theta: f.W1[0], B: f.B1[0], Act: f.Out}.Output(x)
	}
	m := engine.MLP{H: f.H, W1: f.W1, B1: f.B1, W2: f.W2, B2: f.B2, Hidden: f.Hidden, Out: f.Out}
	return m.Predict(x)
}

// Scaled returns the style with every colour's opacity multiplied by k
// (0…1), for fading a map in or out.
func (st FieldStyle) Scaled(k float64) FieldStyle {
	k = math.Max(0, math.Min(1, k))
	sc := func(c color.RGBA) color.RGBA {
		f := func(v uint8) uint8 { return uint8(float64(v)*k + 0.5) }
		return color.RGBA{f(c.R), f(c.G), f(c.B), f(c.A)}
	}
	st.Neg, st.Pos, st.Mid = sc(st.Neg), sc(st.Pos), sc(st.Mid)
	for i, c := range st.Classes {
		st.Classes[i] = sc(c)
	}
	return st
}

// FieldStyle maps output values to colours (premultiplied RGBA): Lo to Neg,
// Hi to Pos, linearly in between. With UseMid the ramp has a third stop
// in the middle: the value (Lo + Hi)/2 is Mid, values below it mix
// Neg → Mid and values above it Mid → Pos. A transparent Mid makes the
// colour fade out towards the decision level, so that the boundary and
// the steepness of the activation read at a glance.
//
// Classes are the colours of a K ≥ 3 network's decision regions, each at
// full confidence (the deep field's regions; see NetField.Color).
type FieldStyle struct {
	Lo, Hi   float64
	Neg, Pos color.RGBA
	UseMid   bool
	Mid      color.RGBA
	Classes  [engine.MaxClasses]color.RGBA
}

// RegionStyle is the usual style for a classifier's output with the given
// activation: its range from the class −1 tint to the class +1 tint.
func RegionStyle(th *Theme, out engine.Activation) FieldStyle {
	lo, hi := out.Range()
	if math.IsInf(lo, 0) || math.IsInf(hi, 0) || hi <= lo {
		lo, hi = -1, 1 // unbounded outputs (ReLU, identity): saturate at ±1
	}
	return FieldStyle{Lo: lo, Hi: hi, Neg: th.RegionNeg, Pos: th.RegionPos}
}

// FieldColor is the colour of value v, exactly as the shader computes it.
func FieldColor(v float64, st FieldStyle) color.RGBA {
	t := 0.0
	if st.Hi > st.Lo && !math.IsNaN(v) {
		t = math.Max(0, math.Min(1, (v-st.Lo)/(st.Hi-st.Lo)))
	}
	switch {
	case !st.UseMid:
		return Mix(st.Neg, st.Pos, t)
	case t < 0.5:
		return Mix(st.Neg, st.Mid, 2*t)
	}
	return Mix(st.Mid, st.Pos, 2*t-1)
}

// actKage is the body of a Kage function of the potential a returning σ(a),
// by activation (engine order: sign, arctan, sigmoid, ReLU, tanh,
// identity); anything else acts as the identity, as in the engine.
var actKage = [...]string{
	"return sign(a)",
	"return atan(a)",
	"return 1 / (1 + exp(-clamp(a, -80, 80)))",
	"return max(a, 0)",
	"e := exp(2 * clamp(a, -20, 20))\n\treturn (e - 1) / (e + 1)",
	"return a",
}

func actBody(a engine.Activation) string {
	if a < 0 || int(a) >= len(actKage) {
		a = engine.Identity
	}
	return actKage[a]
}

// fieldKey names one specialisation of the field shader.
type fieldKey struct {
	h           int
	hidden, out engine.Activation
}

// fieldShaders holds the specialisations compiled so far (only the game's
// goroutine draws, so no lock is needed).
var fieldShaders = map[fieldKey]*ebiten.Shader{}

// fieldSource is assets.FieldShader with the activations filled in and the
// hidden layer unrolled for k.
func fieldSource(k fieldKey) []byte {
	pot := "a := W1[0]*x + W1[1]*y + B1[0]"
	if k.h > 0 {
		var b strings.Builder
		b.WriteString("a := B2")
		for j := range k.h {
			fmt.Fprintf(&b, "\n\ta += W2[%d] * actHidden(W1[%d]*x+W1[%d]*y+B1[%d])", j, 2*j, 2*j+1, j)
		}
		pot = b.String()
	}
	return []byte(fill(string(assets.FieldShader),
		"/*HIDDEN*/", actBody(k.hidden),
		"/*OUT*/", actBody(k.out),
		"/*POTENTIAL*/", pot,
	))
}

// fieldShader returns the shader specialised for model m, compiling it the
// first time it is needed.
func fieldShader(m FieldModel) *ebiten.Shader {
	k := fieldKey{h: min(max(m.H, 0), engine.MaxHidden), hidden: m.Hidden, out: m.Out}
	if k.h == 0 {
		k.hidden = 0
	}
	return compiled(fieldShaders, k, fieldSource)
}

// compiled returns the shader of key k from cache, compiling src(k) the
// first time it is needed.
func compiled[K comparable](cache map[K]*ebiten.Shader, k K, src func(K) []byte) *ebiten.Shader {
	if s, ok := cache[k]; ok {
		return s
	}
	s, err := ebiten.NewShader(src(k))
	if err != nil {
		// The templates are compiled into the binary and every
		// specialisation is tested; an error is a build defect.
		panic(fmt.Sprintf("ui: field shader %+v: %v", k, err))
	}
	cache[k] = s
	return s
}

// The uniforms are reused between frames so that drawing a field does not
// allocate: every value, scalars included, is a slice written in place (a
// float32 stored in the map would be boxed anew each time).
var (
	fieldOrigin = make([]float32, 2)
	fieldUnit   = make([]float32, 1)
	fieldW1     = make([]float32, 2*engine.MaxHidden)
	fieldB1     = make([]float32, engine.MaxHidden)
	fieldW2     = make([]float32, engine.MaxHidden)
	fieldB2     = make([]float32, 1)
	fieldLo     = make([]float32, 1)
	fieldHi     = make([]float32, 1)
	fieldNeg    = make([]float32, 4)
	fieldPos    = make([]float32, 4)
	fieldUseMid = make([]float32, 1)
	fieldMid    = make([]float32, 4)

	fieldOp = ebiten.DrawRectShaderOptions{Uniforms: map[string]any{
		"Origin": fieldOrigin, "Unit": fieldUnit,
		"W1": fieldW1, "B1": fieldB1, "W2": fieldW2, "B2": fieldB2,
		"Lo": fieldLo, "Hi": fieldHi, "Neg": fieldNeg, "Pos": fieldPos,
		"UseMid": fieldUseMid, "Mid": fieldMid,
	}}
)

// DrawField colours the plane's rectangle by the model's output, one
// evaluation per screen pixel on the GPU, at the display's own resolution.
// dst may be a sub-image (a clip to the plane). It does not allocate. Call it from the game's goroutine (Draw), like any
// drawing.
func DrawField(dst *ebiten.Image, p *Plane, m FieldModel, st FieldStyle) {
	r := p.Rect
	if r.Empty() {
		return
	}
	for j := 0; j < engine.MaxHidden; j++ {
		fieldW1[2*j] = clampF32(m.W1[j][0])
		fieldW1[2*j+1] = clampF32(m.W1[j][1])
		fieldB1[j] = clampF32(m.B1[j])
		fieldW2[j] = clampF32(m.W2[j])
	}
	fieldB2[0] = clampF32(m.B2)
	putPlaneStyle(dst, p, st)
	fieldOp.GeoM.Reset()
	fieldOp.GeoM.Translate(math.Floor(r.X), math.Floor(r.Y))
	dst.DrawRectShader(int(math.Ceil(r.W)), int(math.Ceil(r.H)), fieldShader(m), &fieldOp)
}

// putPlaneStyle writes the uniforms both field shaders share: the plane's
// transform and the colour map.
func putPlaneStyle(dst *ebiten.Image, p *Plane, st FieldStyle) {
	// The shader measures pixels from the destination's own top-left, which
	// for a sub-image is its bounds' corner.
	ox, oy := p.ToScreen([2]float64{0, 0})
	b := dst.Bounds()
	fieldOrigin[0], fieldOrigin[1] = float32(ox-float64(b.Min.X)), float32(oy-float64(b.Min.Y))
	fieldUnit[0] = float32(p.Unit())
	fieldLo[0], fieldHi[0] = clampF32(st.Lo), clampF32(st.Hi)
	putVec4(fieldNeg, st.Neg)
	putVec4(fieldPos, st.Pos)
	putVec4(fieldMid, st.Mid)
	fieldUseMid[0] = 0
	if st.UseMid {
		fieldUseMid[0] = 1
	}
}

// clampF32 keeps a parameter finite in float32, so that a diverged model
// draws as a saturated region instead of NaN garbage.
func clampF32(v float64) float32 {
	// Comparisons, not math.Max and math.Min (whose care for −0 and NaN
	// made them a third of a deep field's draw in the page, where each
	// draw packs a whole network's weights).
	switch {
	case v > 1e30:
		return 1e30
	case v < -1e30:
		return -1e30
	case v == v:
		return float32(v)
	}
	return 0 // NaN
}

// putVec4 writes a colour as the shader's vec4 (0…1 per channel).
func putVec4(dst []float32, c color.RGBA) {
	dst[0], dst[1], dst[2], dst[3] = float32(c.R)/255, float32(c.G)/255, float32(c.B)/255, float32(c.A)/255
}
