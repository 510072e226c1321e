package embedding

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/embedding/model"
	"github.com/neurona/neurona/scenes/ui"
)

// The pictures are computed on the CPU in Update and uploaded as small
// images: the decision regions as a regionN×regionN grid over the data
// plane (and over a 2-unit layer's plane), each unit's output as a
// tileN×tileN tile of one atlas, all tiles from one forward pass per pixel.
// While playing they follow the network every third tick, so a 4×8 network
// costs a fraction of a frame.
const (
	regionN  = 64
	tileN    = 28
	maxTiles = 2 + engine.MaxLayers*engine.MaxHidden + engine.MaxClasses
)

// pictures holds the region map and the units' atlas.
type pictures struct {
	region    *ebiten.Image
	regionPix []byte
	regionKey pictureKey

	space    *ebiten.Image // the regions in a 2-unit layer's plane
	spacePix []byte
	spaceKey pictureKey
	spaceOn  bool

	atlas    *ebiten.Image
	atlasPix []byte
	vals     [][tileN * tileN]float64 // each tile's values
	tilesKey pictureKey
	ranges   [maxTiles][2]float64 // the value range each tile shows
}

// pictureKey is what a picture depends on.
type pictureKey struct {
	net, layer             int
	xmin, xmax, ymin, ymax float64
	theme                  string
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

// refreshPictures brings the region map up to date and refreshes a few
// units' tiles.
func (s *Scene) refreshPictures(c *ui.Context, net *engine.Net) {
	pc := &s.pics
	p := &s.v.plane
	key := pictureKey{net: s.netVersion, xmin: p.XMin, xmax: p.XMax, ymin: p.YMin, ymax: p.YMax, theme: c.Theme.Name}
	if pc.region == nil {
		pc.region = ebiten.NewImage(regionN, regionN)
		pc.regionPix = make([]byte, 4*regionN*regionN)
		pc.atlas = ebiten.NewImage(tileN*maxTiles, tileN)
		pc.atlasPix = make([]byte, 4*tileN*tileN*maxTiles)
		pc.vals = make([][tileN * tileN]float64, maxTiles)
	}
	// While playing, the pictures follow the network every third tick.
	if s.player.Playing && c.Tick%3 != 0 && pc.region != nil {
		return
	}
	if key != pc.regionKey {
		pc.regionKey = key
		regionMap(pc.regionPix, c.Theme, p, func(x [2]float64) (int, float64) { return model.ClassFrom(net, 0, x) })
		pc.region.WritePixels(pc.regionPix)
	}
	sp := &s.v.space
	pc.spaceOn = s.view != model.ViewTSNE && !s.emb.PCA && s.emb.D == 2
	skey := pictureKey{net: s.netVersion, xmin: sp.XMin, xmax: sp.XMax, ymin: sp.YMin, ymax: sp.YMax, theme: c.Theme.Name, layer: s.layer}
	if pc.spaceOn && skey != pc.spaceKey {
		pc.spaceKey = skey
		if pc.space == nil {
			pc.space = ebiten.NewImage(regionN, regionN)
			pc.spacePix = make([]byte, 4*regionN*regionN)
		}
		l := s.layer
		regionMap(pc.spacePix, c.Theme, sp, func(z [2]float64) (int, float64) { return model.ClassFrom(net, l, z) })
		pc.space.WritePixels(pc.spacePix)
	}
	// Every unit's tile from one forward pass per pixel.
	if key != pc.tilesKey {
		pc.tilesKey = key
		s.unitTiles(c.Theme, net)
		pc.atlas.WritePixels(pc.atlasPix)
	}
}

// regionMap colours each cell of plane p by the class classify gives it,
// the more strongly the more confident it is.
func regionMap(pix []byte, th *ui.Theme, p *ui.Plane, classify func([2]float64) (int, float64)) {
	for row := range regionN {
		y := p.YMax - (float64(row)+0.5)/regionN*(p.YMax-p.YMin)
		for col := range regionN {
			x := p.XMin + (float64(col)+0.5)/regionN*(p.XMax-p.XMin)
			k, conf := classify([2]float64{x, y})
			clr := th.ClassRegion(k)
			i := 4 * (row*regionN + col)
			for ch, v := range [4]uint8{clr.R, clr.G, clr.B, clr.A} {
				pix[i+ch] = uint8(float64(v)*conf + 0.5)
			}
		}
	}
}

// unitTiles draws every unit's output over the data plane into its tile
// of the atlas, from one forward pass per pixel: from the class-0 colour
// through the background to the class-1 colour for the inputs and hidden
// units (over the activation's range, or the values seen for ReLU), and
// from the background to the class colour for an output's probability.
func (s *Scene) unitTiles(th *ui.Theme, net *engine.Net) {
	pc := &s.pics
	p := &s.v.plane
	var f engine.NetForward
	cols := s.layers + 2
	for row := range tileN {
		y := p.YMax - (float64(row)+0.5)/tileN*(p.YMax-p.YMin)
		for col := range tileN {
			x := p.XMin + (float64(col)+0.5)/tileN*(p.XMax-p.XMin)
			net.Forward([2]float64{x, y}, &f)
			for l := range cols {
				for j := range s.v.widths[l] {
					pc.vals[s.tileIndex(l, j)][row*tileN+col] = f.Z[l][j]
				}
			}
		}
	}
	for l := range cols {
		for j := range s.v.widths[l] {
			s.colourTile(th, net, unitRef{l, j}, s.tileIndex(l, j))
		}
	}
}

// colourTile maps tile i's values (unit u's) to colours in the atlas.
func (s *Scene) colourTile(th *ui.Theme, net *engine.Net, u unitRef, i int) {
	pc := &s.pics
	p := &s.v.plane
	vals := &pc.vals[i]
	st := ui.FieldStyle{Neg: th.ClassNeg, Pos: th.ClassPos, UseMid: true, Mid: th.Background}
	switch {
	case u.l == 0:
		m := math.Max(math.Max(math.Abs(p.XMin), math.Abs(p.XMax)), math.Max(math.Abs(p.YMin), math.Abs(p.YMax)))
		st.Lo, st.Hi = -m, m
	case u.l > s.layers:
		k := u.j
		if s.k <= 2 {
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
