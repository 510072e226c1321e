package embedding

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/embedding/model"
	"github.com/neurona/neurona/scenes/ui"
)

// The pictures are computed on the CPU a row at a time by the follower
// (follow.go) and uploaded as small images when a pass is complete: the
// decision regions as a regionN×regionN grid over the data plane (and over
// a 2-unit layer's plane), each unit's output as a tileN×tileN tile of one
// atlas, all tiles from one forward pass per pixel.
const (
	regionN  = 64
	tileN    = 28
	maxTiles = 2 + engine.MaxLayers*engine.MaxHidden + engine.MaxClasses
)

// pictures holds the region maps and the units' atlas: the images shown
// and the pixels the follower is computing for the next ones.
type pictures struct {
	region    *ebiten.Image
	regionPix []byte
	regionAt  area // the data-plane area the region image covers

	space    *ebiten.Image // the regions in a 2-unit layer's plane
	spacePix []byte
	spaceAt  area
	spaceOn  bool // the space image is of the layer drawn now

	atlas    *ebiten.Image
	atlasPix []byte
	vals     [][tileN * tileN]float64 // each tile's values
	ranges   [maxTiles][2]float64     // the value range each tile shows
	shown    [maxTiles][2]float64     // the ranges of the atlas shown
	version  int                      // bumped whenever the atlas is uploaded
}

// area is the data rectangle a picture was computed over.
type area struct{ xmin, xmax, ymin, ymax float64 }

// areaOf returns plane p's visible data rectangle.
func areaOf(p *ui.Plane) area { return area{p.XMin, p.XMax, p.YMin, p.YMax} }

// alloc makes the images and buffers on first use.
func (pc *pictures) alloc() {
	if pc.region != nil {
		return
	}
	pc.region = ebiten.NewImage(regionN, regionN)
	pc.regionPix = make([]byte, 4*regionN*regionN)
	pc.space = ebiten.NewImage(regionN, regionN)
	pc.spacePix = make([]byte, 4*regionN*regionN)
	pc.atlas = ebiten.NewImage(tileN*maxTiles, tileN)
	pc.atlasPix = make([]byte, 4*tileN*tileN*maxTiles)
	pc.vals = make([][tileN * tileN]float64, maxTiles)
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

// regionRow colours row `row` of a region map over area a by the class the
// network net gives each cell from layer l on (0: the input plane), the
// more strongly the more confident it is.
func regionRow(pix []byte, th *ui.Theme, a area, row int, net *engine.Net, l int) {
	y := a.ymax - (float64(row)+0.5)/regionN*(a.ymax-a.ymin)
	for col := range regionN {
		x := a.xmin + (float64(col)+0.5)/regionN*(a.xmax-a.xmin)
		k, conf := model.ClassFrom(net, l, [2]float64{x, y})
		clr := th.ClassRegion(k)
		i := 4 * (row*regionN + col)
		for ch, v := range [4]uint8{clr.R, clr.G, clr.B, clr.A} {
			pix[i+ch] = uint8(float64(v)*conf + 0.5)
		}
	}
}

// tileRow computes row `row` of every unit's tile over area a, from one
// forward pass per pixel.
func (s *Scene) tileRow(net *engine.Net, a area, row int) {
	pc := &s.pics
	var f engine.NetForward
	cols := net.L + 2
	y := a.ymax - (float64(row)+0.5)/tileN*(a.ymax-a.ymin)
	for col := range tileN {
		x := a.xmin + (float64(col)+0.5)/tileN*(a.xmax-a.xmin)
		net.Forward([2]float64{x, y}, &f)
		for l := range cols {
			for j := range net.Width(l) {
				pc.vals[s.tileIndex(l, j)][row*tileN+col] = f.Z[l][j]
			}
		}
	}
}

// colourTile maps tile i's values (unit u's of net) to colours in the
// atlas: from the class-0 colour through the background to the class-1
// colour for the inputs and hidden units (over the activation's range, or
// the values seen for ReLU), and from the background to the class colour
// for an output's probability.
func (s *Scene) colourTile(th *ui.Theme, net *engine.Net, a area, u unitRef, i int) {
	pc := &s.pics
	vals := &pc.vals[i]
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
			m := 1e-9
			for _, v := range vals {
				if !math.IsNaN(v) {
					m = math.Max(m, math.Abs(v))
				}
			}
			lo, hi = -m, m
		}
		st.Lo, st.Hi = lo, hi
	}
	pc.ranges[i] = [2]float64{st.Lo, st.Hi}
	stride := tileN * maxTiles
	for row := range tileN {
		for col := range tileN {
			clr := ui.FieldColor(vals[row*tileN+col], st)
			k := 4 * (row*stride + i*tileN + col)
			pc.atlasPix[k], pc.atlasPix[k+1], pc.atlasPix[k+2], pc.atlasPix[k+3] = clr.R, clr.G, clr.B, clr.A
		}
	}
}

// drawPicture draws img, computed over area a of plane p, where that area
// lies on the screen now, clipped to p's rectangle.
func drawPicture(dst *ebiten.Image, img *ebiten.Image, a area, p *ui.Plane, alpha float64) {
	x0, y0 := p.ToScreen([2]float64{a.xmin, a.ymax})
	x1, y1 := p.ToScreen([2]float64{a.xmax, a.ymin})
	if !(x1 > x0 && y1 > y0) {
		return
	}
	op := &ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
	op.GeoM.Scale((x1-x0)/regionN, (y1-y0)/regionN)
	op.GeoM.Translate(x0, y0)
	op.ColorScale.ScaleAlpha(float32(alpha))
	clip(dst, p.Rect).DrawImage(img, op)
}
