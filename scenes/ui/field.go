package ui

import (
	"image/color"
	"math"

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

// FieldStyle maps output values to colours: Lo to Neg, Hi to Pos, linearly
// in between (premultiplied RGBA).
type FieldStyle struct {
	Lo, Hi   float64
	Neg, Pos color.RGBA
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
	return Mix(st.Neg, st.Pos, t)
}

var fieldShader = func() *ebiten.Shader {
	s, err := ebiten.NewShader(assets.FieldShader)
	if err != nil {
		// The shader is compiled into the binary; a compile error is a
		// build defect caught by the tests, not a run-time condition.
		panic("ui: field shader: " + err.Error())
	}
	return s
}()

// fieldUniforms is reused between frames so that drawing a field does not
// allocate.
var fieldUniforms = map[string]any{}
var fieldW1 = make([]float32, 2*engine.MaxHidden)
var fieldB1 = make([]float32, engine.MaxHidden)
var fieldW2 = make([]float32, engine.MaxHidden)

// DrawField colours the plane's rectangle by the model's output, one
// evaluation per screen pixel on the GPU, at the display's own resolution.
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
	ox, oy := p.ToScreen([2]float64{0, 0})
	u := fieldUniforms
	u["Origin"] = []float32{float32(ox), float32(oy)}
	u["Unit"] = float32(p.Unit())
	u["H"] = float32(max(m.H, 0))
	u["W1"], u["B1"], u["W2"] = fieldW1, fieldB1, fieldW2
	u["B2"] = clampF32(m.B2)
	u["Hidden"], u["Out"] = float32(m.Hidden), float32(m.Out)
	u["Lo"], u["Hi"] = float32(st.Lo), float32(st.Hi)
	u["Neg"], u["Pos"] = vec4(st.Neg), vec4(st.Pos)
	op := &ebiten.DrawRectShaderOptions{Uniforms: u}
	op.GeoM.Translate(math.Floor(r.X), math.Floor(r.Y))
	dst.DrawRectShader(int(math.Ceil(r.W)), int(math.Ceil(r.H)), fieldShader, op)
}

// clampF32 keeps a parameter finite in float32, so that a diverged model
// draws as a saturated region instead of NaN garbage.
func clampF32(v float64) float32 {
	if math.IsNaN(v) {
		return 0
	}
	return float32(math.Max(-1e30, math.Min(1e30, v)))
}

func vec4(c color.RGBA) []float32 {
	return []float32{float32(c.R) / 255, float32(c.G) / 255, float32(c.B) / 255, float32(c.A) / 255}
}
