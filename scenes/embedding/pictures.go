package embedding

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui"
)

// The pictures are drawn by the deep field shader (ui.DrawNetField), one
// evaluation of the network per pixel on the GPU: the decision regions
// over the data plane (and over a 2-unit layer's plane) every frame, and
// each unit's output as a tileN×tileN tile of one atlas, redrawn in Draw
// when the network, the plane or the colours change. Only the range of an
// unbounded (ReLU) unit's colours is measured on the CPU, on a coarse grid
// by the follower (follow.go).
const (
	tileN    = 64
	maxTiles = 2 + engine.MaxLayers*engine.MaxHidden + engine.MaxClasses
	// rangeN is the side of the grid the follower samples a ReLU unit's
	// values on, for the largest the tile shows.
	rangeN = 9
)

// pictures holds the units' atlas and what it was drawn for.
type pictures struct {
	atlas  *ebiten.Image
	drawn  tilesKey // what the atlas shows
	valid  bool     // the atlas has been drawn
	styles [maxTiles]ui.FieldStyle
	shown  [maxTiles][2]float64 // the value range each tile shows
	relu   [maxTiles]float64    // the largest |value| of each unit (ReLU), from the follower
	tiles  tilesKey             // what the atlas should show, set in Update
	// A round redraws every unit's tile, a few a frame while playing
	// (tilesPerFrame): round is the number of units of it drawn so far,
	// −1 when none is under way, and roundKey what it draws.
	round    int
	roundKey tilesKey
	// verts, idx and triOp are the nodes' tiles as one draw
	// (drawNodeTiles), reused from frame to frame.
	verts []ebiten.Vertex
	idx   []uint16
	triOp ebiten.DrawTrianglesOptions
}

// tilesPerFrame is how many units' tiles a frame redraws while playing:
// each is a draw of the deep field shader with the whole network's
// weights as uniforms, and a 4×8 network has 35 units, so a change is
// spread over a few frames instead of costing one frame 35 draws (the
// pictures then lag the network by a few frames, which no eye can tell).
const tilesPerFrame = 8

// tilesKey is what the units' tiles depend on.
type tilesKey struct {
	net   int // the scene's netVersion
	area  area
	theme string
	relu  int // the follower's passes, whose ReLU ranges the styles use
}

// area is the data rectangle a picture shows.
type area struct{ xmin, xmax, ymin, ymax float64 }

// tileArea is the square of the data plane every unit's tile shows: the
// data's extent around the plane's centre.
func tileArea(p *ui.Plane) area {
	return area{p.CX - p.Half, p.CX + p.Half, p.CY - p.Half, p.CY + p.Half}
}

// tileIndex numbers the units of the diagram: inputs, hidden layers, outputs.
func (s *Scene) tileIndex(l, j int) int {
	if l == 0 {
		return j
	}
	if l <= s.layers {
		return 2 + (l-1)*engine.MaxHidden + j
	}
	return 2 + engine.MaxLayers*engine.MaxHidden + j
}

// regionStyle is the decision regions' style: each class's tint scaled by
// the network's confidence in it (for K = 2 from class 0's tint through
// nothing at P = ½ to class 1's).
func regionStyle(th *ui.Theme) ui.FieldStyle {
	st := ui.FieldStyle{Lo: 0, Hi: 1, Neg: th.ClassRegion(0), Pos: th.ClassRegion(1), UseMid: true}
	for k := range st.Classes {
		st.Classes[k] = th.ClassRegion(k)
	}
	return st
}

// unitStyle is unit u's tile style: from the class-0 colour through the
// background to the class-1 colour for the inputs and hidden units (over
// the activation's range, or the largest value seen for ReLU), and from
// the background to the class colour for an output's probability.
func (s *Scene) unitStyle(th *ui.Theme, net *engine.Net, a area, u unitRef) ui.FieldStyle {
	st := ui.FieldStyle{Neg: th.ClassNeg, Pos: th.ClassPos, UseMid: true, Mid: th.Background}
	switch {
	case u.l == 0:
		m := math.Max(math.Max(math.Abs(a.xmin), math.Abs(a.xmax)), math.Max(math.Abs(a.ymin), math.Abs(a.ymax)))
		st.Lo, st.Hi = -m, m
	case u.l > net.L:
		k := u.j
		if net.K <= 2 {
			k = 1
		}
		st = ui.FieldStyle{Lo: 0, Hi: 1, Neg: th.Background, Pos: th.ClassColor(k)}
	default:
		lo, hi := net.Act.Range()
		if math.IsInf(lo, 0) || math.IsInf(hi, 0) {
			m := math.Max(s.pics.relu[s.tileIndex(u.l, u.j)], 1e-9)
			lo, hi = -m, m
		}
		st.Lo, st.Hi = lo, hi
	}
	return st
}

// refreshTiles sets the tiles' styles and key (Update): Draw redraws the
// atlas when the key changed.
func (s *Scene) refreshTiles(c *ui.Context) {
	pc := &s.pics
	a := tileArea(&s.v.plane)
	k := tilesKey{net: s.netVersion, area: a, theme: c.Theme.Name, relu: s.fol.passes}
	if pc.valid && k == pc.tiles {
		return
	}
	pc.tiles = k
	net := s.run.Net()
	for l := range net.L + 2 {
		for j := range net.Width(l) {
			i := s.tileIndex(l, j)
			pc.styles[i] = s.unitStyle(c.Theme, net, a, unitRef{l, j})
			pc.shown[i] = [2]float64{pc.styles[i].Lo, pc.styles[i].Hi}
		}
	}
}

// drawTiles draws the units' pictures into the atlas when what they show
// changed (Draw: like a ui.Layer, the atlas is a cache of the frame): all
// of them at once while paused, at most tilesPerFrame a frame while
// playing. The colours are opaque, so a tile is drawn over the old one
// without clearing it.
func (s *Scene) drawTiles() {
	pc := &s.pics
	if pc.atlas == nil {
		pc.atlas = ebiten.NewImage(tileN*maxTiles, tileN)
		pc.round = -1
	}
	if pc.round < 0 {
		if pc.valid && pc.drawn == pc.tiles {
			return
		}
		pc.round, pc.roundKey = 0, pc.tiles
	}
	limit := maxTiles
	if s.player.Playing {
		limit = tilesPerFrame
	}
	net := s.run.Net()
	a := pc.roundKey.area
	half := (a.xmax - a.xmin) / 2
	n := 0 // units of the round passed so far
	for l := range net.L + 2 {
		for j := range net.Width(l) {
			if n >= pc.round && n < pc.round+limit {
				i := s.tileIndex(l, j)
				p := ui.NewPlane(a.xmin+half, a.ymin+half, half)
				p.Layout(ui.Rect{X: float64(i * tileN), W: tileN, H: tileN})
				ui.DrawNetField(pc.atlas, &p, ui.NetUnit(net, l, j), pc.styles[i])
			}
			n++
		}
	}
	pc.round += limit
	if pc.round >= n {
		pc.drawn, pc.valid, pc.round = pc.roundKey, true, -1
	}
}

// drawNodeTiles draws every unit's tile in its node's rectangle, all in
// one draw: in the page, each of Ebiten's draw calls carries a cost of its
// own (the 35 tiles of a 4×8 network drawn one by one were a tenth of the
// scene's Draw there). Each quad samples its unit's part of the atlas
// inset by half a texel, so that the linear filter never reaches into the
// next tile.
func (s *Scene) drawNodeTiles(dst *ebiten.Image) {
	pc := &s.pics
	if pc.atlas == nil {
		return // nothing drawn yet
	}
	pc.verts, pc.idx = pc.verts[:0], pc.idx[:0]
	for l := range s.layers + 2 {
		for j := range s.v.widths[l] {
			i, r := s.tileIndex(l, j), s.v.nodes[l][j]
			if i < 0 || i >= maxTiles || r.Empty() {
				continue // a frame laid out for the shape before a change
			}
			u0, u1 := float32(i*tileN)+0.5, float32((i+1)*tileN)-0.5
			const v0, v1 = 0.5, tileN - 0.5
			x0, y0, x1, y1 := float32(r.X), float32(r.Y), float32(r.Right()), float32(r.Bottom())
			n := uint16(len(pc.verts))
			pc.verts = append(pc.verts,
				ebiten.Vertex{DstX: x0, DstY: y0, SrcX: u0, SrcY: v0, ColorR: 1, ColorG: 1, ColorB: 1, ColorA: 1},
				ebiten.Vertex{DstX: x1, DstY: y0, SrcX: u1, SrcY: v0, ColorR: 1, ColorG: 1, ColorB: 1, ColorA: 1},
				ebiten.Vertex{DstX: x0, DstY: y1, SrcX: u0, SrcY: v1, ColorR: 1, ColorG: 1, ColorB: 1, ColorA: 1},
				ebiten.Vertex{DstX: x1, DstY: y1, SrcX: u1, SrcY: v1, ColorR: 1, ColorG: 1, ColorB: 1, ColorA: 1})
			pc.idx = append(pc.idx, n, n+1, n+2, n+1, n+3, n+2)
		}
	}
	if len(pc.idx) == 0 {
		return
	}
	pc.triOp.Filter = ebiten.FilterLinear
	dst.DrawTriangles(pc.verts, pc.idx, pc.atlas, &pc.triOp)
}

// reluRanges sets the largest |output| of every hidden unit of net over a
// rangeN×rangeN grid of area a (the ReLU tiles' colour range) and returns
// the work units spent.
func reluRanges(dst *[maxTiles]float64, s *Scene, net *engine.Net, a area) int {
	var f engine.NetForward
	for l := 1; l <= net.L; l++ {
		for j := range net.Width(l) {
			dst[s.tileIndex(l, j)] = 0
		}
	}
	for row := range rangeN {
		y := a.ymax - (float64(row)+0.5)/rangeN*(a.ymax-a.ymin)
		for col := range rangeN {
			x := a.xmin + (float64(col)+0.5)/rangeN*(a.xmax-a.xmin)
			net.Forward([2]float64{x, y}, &f)
			for l := 1; l <= net.L; l++ {
				for j := range net.Width(l) {
					if v := math.Abs(f.Z[l][j]); !math.IsNaN(v) {
						i := s.tileIndex(l, j)
						dst[i] = math.Max(dst[i], v)
					}
				}
			}
		}
	}
	return rangeN * rangeN * net.ForwardUnits()
}
