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

// NetField is what the deep field shader draws of a network
// 2 → h₁ → … → h_L → K (engine.Net) over a plane: its decision regions, or
// the output of one unit. The plane's two coordinates are the outputs of
// layer From: the inputs x₁, x₂ (From = 0) or a hidden layer of two units,
// whose plane the rest of the network divides into regions.
type NetField struct {
	Net     *engine.Net
	From    int  // the layer the plane shows: 0, or a 2-unit hidden layer
	Regions bool // the decision regions (else unit Unit of layer Layer)
	// Layer (From…L+1) and Unit name the unit drawn when Regions is false;
	// layer L+1 gives the output probabilities (for K = 2 the one
	// P(class 1)).
	Layer, Unit int
}

// NetRegions is the field of net's decision regions over the input plane.
func NetRegions(net *engine.Net) NetField { return NetField{Net: net, Regions: true} }

// NetUnit is the field of unit j of layer l of net over the input plane.
func NetUnit(net *engine.Net, l, j int) NetField { return NetField{Net: net, Layer: l, Unit: j} }

// shape returns the field's layers clamped to the network: the layer the
// plane shows, the layer drawn and the unit, and whether there is anything
// to draw (the plane's layer must have two units, the unit must exist).
func (m NetField) shape() (from, layer, unit int, ok bool) {
	if m.Net == nil {
		return 0, 0, 0, false
	}
	top := min(max(m.Net.L, 1), engine.MaxLayers) + 1
	from, layer, unit = m.From, m.Layer, m.Unit
	if m.Regions {
		layer, unit = top, 0
	}
	ok = from >= 0 && from < top && m.Net.Width(from) == 2 &&
		layer >= from && layer <= top && unit >= 0 && unit < m.Net.Width(layer)
	return from, layer, unit, ok
}

// classes returns the network's K clamped to 2…engine.MaxClasses.
func (m NetField) classes() int { return min(max(m.Net.K, 2), engine.MaxClasses) }

// Color is the colour at the plane's point z, computed on the CPU with the
// engine's forward pass: the reference the shader is tested against. A unit
// and the regions of K = 2 (the value P(class 1)) go through st as
// FieldColor maps them; the regions of K ≥ 3 take the most probable class's
// st.Classes colour scaled by its confidence (0 where every class is as
// likely, 1 where it has all the probability).
func (m NetField) Color(z [2]float64, st FieldStyle) color.RGBA {
	from, layer, unit, ok := m.shape()
	if !ok {
		return color.RGBA{}
	}
	var f engine.NetForward
	m.Net.ForwardFrom(from, z, &f)
	if !m.Regions || m.Net.K <= 2 {
		return FieldColor(f.Z[layer][unit], st)
	}
	a := &f.A[layer]
	k := 0
	for c := 1; c < m.classes(); c++ {
		if a[c] > a[k] {
			k = c
		}
	}
	s := 0.0
	for c := range m.classes() {
		s += math.Exp(a[c] - a[k])
	}
	if math.IsNaN(s) || s == 0 {
		return color.RGBA{}
	}
	kk := float64(m.classes())
	return Scale(st.Classes[k], math.Max(0, (1/s-1/kk)/(1-1/kk)))
}

// Scale returns c with every channel multiplied by k (0…1), rounded: a
// premultiplied colour at k of its opacity.
func Scale(c color.RGBA, k float64) color.RGBA {
	k = math.Max(0, math.Min(1, k))
	f := func(v uint8) uint8 { return uint8(float64(v)*k + 0.5) }
	return color.RGBA{f(c.R), f(c.G), f(c.B), f(c.A)}
}

// netKey names one specialisation of the deep field shader: the widths of
// the layers it evaluates (zero beyond the layer drawn), the activation,
// K, and what it returns.
type netKey struct {
	sizes       [engine.MaxLayers + 2]int
	from, layer int
	top         bool // the layer drawn is the output layer
	act         engine.Activation
	k           int
	regions     bool
}

// netShaders holds the specialisations compiled so far (only the game's
// goroutine draws, so no lock is needed).
var netShaders = map[netKey]*ebiten.Shader{}

// key returns the specialisation m needs.
func (m NetField) key(from, layer int) netKey {
	k := netKey{from: from, layer: layer, act: m.Net.Act, k: m.classes(), regions: m.Regions}
	k.top = layer == min(max(m.Net.L, 1), engine.MaxLayers)+1
	for l := from; l <= layer; l++ {
		k.sizes[l] = m.Net.Width(l)
	}
	if !k.top {
		k.k = 0 // the outputs are not evaluated
	}
	return k
}

// netSource is assets.NetFieldShader unrolled for k: each layer's
// potentials as dot products of vec4 halves of the layer below, then the
// value drawn.
func netSource(k netKey) []byte {
	var b strings.Builder
	comp := "xyzw"
	vec := func(name string, vals []string) {
		for len(vals) < 4 {
			vals = append(vals, "0")
		}
		fmt.Fprintf(&b, "\t%s = vec4(%s)\n", name, strings.Join(vals, ", "))
	}
	for m := k.from + 1; m <= k.layer; m++ {
		in, out := k.sizes[m-1], k.sizes[m]
		for j := range out {
			w := (m-1)*2*engine.MaxHidden + 2*j
			fmt.Fprintf(&b, "\ta%d_%d := dot(W[%d], z0)", m, j, w)
			if in > 4 {
				fmt.Fprintf(&b, " + dot(W[%d], z1)", w+1)
			}
			fmt.Fprintf(&b, " + B[%d].%c\n", (m-1)*2+j/4, comp[j%4])
		}
		if m == k.layer && k.top {
			break
		}
		var lo, hi []string
		for j := range out {
			v := fmt.Sprintf("act(a%d_%d)", m, j)
			if j < 4 {
				lo = append(lo, v)
			} else {
				hi = append(hi, v)
			}
		}
		vec("z0", lo)
		if len(hi) > 0 {
			vec("z1", hi)
		}
	}
	top := k.layer
	switch {
	case !k.top:
		b.WriteString("\treturn ramp(dot(Sel[0], z0) + dot(Sel[1], z1))\n")
	case k.k <= 2:
		fmt.Fprintf(&b, "\treturn ramp(1 / (1 + exp(-clamp(a%d_0, -80, 80))))\n", top)
	default:
		var as []string
		for c := range k.k {
			as = append(as, fmt.Sprintf("a%d_%d", top, c))
		}
		mx := as[0]
		for _, a := range as[1:] {
			mx = "max(" + mx + ", " + a + ")"
		}
		fmt.Fprintf(&b, "\tmx := %s\n", mx)
		var es []string
		for _, a := range as {
			es = append(es, "exp("+a+"-mx)")
		}
		fmt.Fprintf(&b, "\te := vec4(%s)\n", strings.Join(append(es, "0", "0", "0")[:4], ", "))
		b.WriteString("\ts := dot(e, vec4(1))\n")
		if !k.regions {
			b.WriteString("\treturn ramp(dot(Sel[0], e) / s)\n")
			break
		}
		// The first most probable class, as the CPU's strict comparison.
		fmt.Fprintf(&b, "\tc := Classes[0]\n\tbest := %s\n", as[0])
		for c := 1; c < k.k; c++ {
			fmt.Fprintf(&b, "\tif %s > best {\n\t\tbest = %s\n\t\tc = Classes[%d]\n\t}\n", as[c], as[c], c)
		}
		fmt.Fprintf(&b, "\tkk := %d.0\n\treturn c * max(0, (1/s-1/kk)/(1-1/kk))\n", k.k)
	}
	body := b.String()
	if strings.Contains(body, "z1)") {
		// Kage refuses a local that is never read.
		body = "z1 := vec4(0)\n" + body
	}
	return []byte(fill(string(assets.NetFieldShader),
		"/*ACT*/", actBody(k.act),
		"/*BODY*/", strings.TrimPrefix(body, "\t"),
	))
}

// netShader returns the shader specialised for key k, compiling it the
// first time it is needed.
func netShader(k netKey) *ebiten.Shader {
	return compiled(netShaders, k, netSource)
}

// The deep field's uniforms, reused between draws so that drawing does not
// allocate (see the two-layer field's).
var (
	netW       = make([]float32, 4*2*engine.MaxHidden*(engine.MaxLayers+1))
	netB       = make([]float32, 4*2*(engine.MaxLayers+1))
	netSel     = make([]float32, 8)
	netClasses = make([]float32, 4*engine.MaxClasses)

	netOp = ebiten.DrawRectShaderOptions{Uniforms: map[string]any{
		"Origin": fieldOrigin, "Unit": fieldUnit,
		"W": netW, "B": netB, "Sel": netSel,
		"Lo": fieldLo, "Hi": fieldHi, "Neg": fieldNeg, "Pos": fieldPos,
		"UseMid": fieldUseMid, "Mid": fieldMid, "Classes": netClasses,
	}}
)

// DrawNetField colours the plane's rectangle by m, one evaluation per screen
// pixel on the GPU (see NetField.Color for the colours). dst may be a
// sub-image. It does not allocate once the shader of m's shape is compiled
// (the first draw of a shape compiles it). Call it from the game's
// goroutine (Draw).
func DrawNetField(dst *ebiten.Image, p *Plane, m NetField, st FieldStyle) {
	r := p.Rect
	from, layer, unit, ok := m.shape()
	if r.Empty() || !ok {
		return
	}
	n := m.Net
	for l := range engine.MaxLayers + 1 {
		in, out := n.Width(l), n.Width(l+1)
		for j := range engine.MaxHidden {
			for i := range engine.MaxHidden {
				v := float32(0)
				if j < out && i < in {
					v = clampF32(n.W[l][j][i])
				}
				netW[4*(l*2*engine.MaxHidden+2*j)+i] = v
			}
			v := float32(0)
			if j < out {
				v = clampF32(n.B[l][j])
			}
			netB[4*(2*l)+j] = v
		}
	}
	for i := range netSel {
		netSel[i] = 0
	}
	netSel[unit] = 1
	for c := range engine.MaxClasses {
		putVec4(netClasses[4*c:], st.Classes[c])
	}
	putPlaneStyle(dst, p, st)
	netOp.GeoM.Reset()
	netOp.GeoM.Translate(math.Floor(r.X), math.Floor(r.Y))
	dst.DrawRectShader(int(math.Ceil(r.W)), int(math.Ceil(r.H)), netShader(m.key(from, layer)), &netOp)
}
