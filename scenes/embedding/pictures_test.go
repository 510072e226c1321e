package embedding

import (
	"image/color"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/embedding/model"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
	"github.com/neurona/neurona/scenes/ui"
)

// cpuRegion is the colour the scene gave a region cell when it computed
// its pictures on the CPU: the class the rest of the network gives the
// point from layer l, its tint scaled by the confidence.
func cpuRegion(th *ui.Theme, net *engine.Net, l int, z [2]float64) color.RGBA {
	k, conf := model.ClassFrom(net, l, z)
	return ui.Scale(th.ClassRegion(k), conf)
}

// TestRegionsLookAsBefore: the deep field's regions (its CPU reference,
// which the shader is held to in package ui) give every point of the data
// plane, and of a 2-unit layer's plane, the colour the CPU pictures gave
// it, for two, three and four classes.
func TestRegionsLookAsBefore(t *testing.T) {
	for _, p := range []int{1, 4, 6, 7, 9} {
		r := scenetest.New(t, New())
		r.DoArg(keymap.Preset, p)
		r.Steps(20)
		net := r.S.run.Net()
		for _, th := range []*ui.Theme{ui.Dark, ui.Light} {
			st := regionStyle(th)
			for l := 0; l <= net.L; l++ {
				if net.Width(l) != 2 {
					continue
				}
				m := ui.NetField{Net: net, From: l, Regions: true}
				for i := range 15 {
					for j := range 15 {
						z := [2]float64{-3 + 0.4*float64(i), -3 + 0.4*float64(j)}
						got, want := m.Color(z, st), cpuRegion(th, net, l, z)
						if !nearColor(got, want, 1) {
							t.Errorf("preset %d (K = %d) from layer %d at %v: %v, the CPU picture's %v", p, net.K, l, z, got, want)
						}
					}
				}
			}
		}
	}
}

// TestTilesMatchTheNetwork: every unit's tile, as the shader drew it into
// the atlas, is the unit's output over the data plane's square coloured by
// the unit's style, for tanh, sigmoid and ReLU units, two to four classes;
// and a ReLU unit's range covers its values there.
func TestTilesMatchTheNetwork(t *testing.T) {
	for _, p := range []int{1, 5, 6, 7} {
		r := scenetest.New(t, New())
		r.DoArg(keymap.Preset, p)
		r.Steps(30)
		pix := make([]byte, 4*tileN*maxTiles*tileN)
		pc := &r.S.pics
		onGame(func() {
			r.Draw()
			pc.atlas.ReadPixels(pix)
		})
		net := r.S.run.Net()
		if !pc.valid || pc.drawn != pc.tiles {
			t.Fatalf("preset %d: the atlas is not drawn for the network shown", p)
		}
		a := pc.drawn.area
		half := (a.xmax - a.xmin) / 2
		bad := 0
		for l := range net.L + 2 {
			for j := range net.Width(l) {
				i := r.S.tileIndex(l, j)
				st := pc.styles[i]
				plane := ui.NewPlane(a.xmin+half, a.ymin+half, half)
				plane.Layout(ui.Rect{X: float64(i * tileN), W: tileN, H: tileN})
				for py := 1; py < tileN; py += 7 {
					for px := 1; px < tileN; px += 7 {
						sx := float64(i*tileN+px) + 0.5
						x := plane.DataAt(sx, float64(py)+0.5)
						v := net.Unit(x, l, j)
						want := ui.FieldColor(v, st)
						k := 4 * (py*tileN*maxTiles + i*tileN + px)
						got := color.RGBA{pix[k], pix[k+1], pix[k+2], pix[k+3]}
						if !nearColor(got, want, 2) {
							if bad < 5 {
								t.Errorf("preset %d unit (%d,%d) at %v: tile %v, CPU %v", p, l, j, x, got, want)
							}
							bad++
						}
						if l >= 1 && l <= net.L && net.Act == engine.ReLU && v > st.Hi*1.5 {
							t.Errorf("preset %d ReLU unit (%d,%d): %g at %v, range up to %g", p, l, j, v, x, st.Hi)
						}
					}
				}
			}
		}
		if bad > 0 {
			t.Errorf("preset %d: %d tile pixels differ", p, bad)
		}
	}
}

// TestPicturesFollowTheNetwork: a step redraws the tiles (while paused, at
// once), and the data plane shows the regions: its pixels away from the
// points take the class colours.
func TestPicturesFollowTheNetwork(t *testing.T) {
	r := scenetest.New(t, New())
	r.DoArg(keymap.Preset, 6) // three blobs
	r.Draw()
	before := r.S.pics.drawn
	r.Steps(1)
	r.Draw()
	if r.S.pics.drawn == before || r.S.pics.drawn.net != r.S.netVersion {
		t.Errorf("after a step the tiles show %+v, were %+v (network %d)", r.S.pics.drawn, before, r.S.netVersion)
	}
	r.Steps(200)
	p := &r.S.v.plane
	counts := map[int]int{}
	onGame(func() {
		img := r.Draw()
		for i := range 12 {
			for j := range 12 {
				x := [2]float64{p.XMin + (p.XMax-p.XMin)*(float64(i)+0.5)/12, p.YMin + (p.YMax-p.YMin)*(float64(j)+0.5)/12}
				sx, sy := p.ToScreen(x)
				k, _ := model.ClassFrom(r.S.run.Net(), 0, x)
				clr := img.At(int(sx), int(sy)).(color.RGBA)
				if clr != r.C.Theme.Background {
					counts[k]++
				}
			}
		}
	})
	if len(counts) != 3 {
		t.Errorf("the data plane's tinted cells by class: %v, want all three classes", counts)
	}
}

// TestEachNodeShowsItsOwnTile: the nodes' tiles, drawn in one call, put
// every unit's tile in that unit's node: a node's pixels at a quarter and
// three quarters of its width and height are its tile's pixels there (up
// to the scaling's filtering), for presets of two to four classes.
func TestEachNodeShowsItsOwnTile(t *testing.T) {
	for _, p := range []int{1, 6, 9} {
		r := scenetest.New(t, New())
		r.DoArg(keymap.Preset, p)
		r.Steps(30)
		atlas := make([]byte, 4*tileN*maxTiles*tileN)
		var screen *ebiten.Image
		onGame(func() {
			screen = r.Draw()
			r.S.pics.atlas.ReadPixels(atlas)
		})
		net, checked := r.S.run.Net(), 0
		for l := range net.L + 2 {
			for j := range net.Width(l) {
				i, node := r.S.tileIndex(l, j), r.S.v.nodes[l][j]
				if node.W < 8 {
					t.Fatalf("preset %d: node (%d,%d) is %v", p, l, j, node)
				}
				for _, f := range [][2]float64{{0.25, 0.25}, {0.75, 0.25}, {0.25, 0.75}, {0.75, 0.75}} {
					var got color.RGBA
					onGame(func() {
						got = screen.At(int(node.X+f[0]*node.W), int(node.Y+f[1]*node.H)).(color.RGBA)
					})
					k := 4 * (int(f[1]*tileN)*tileN*maxTiles + i*tileN + int(f[0]*tileN))
					want := color.RGBA{atlas[k], atlas[k+1], atlas[k+2], atlas[k+3]}
					if !nearColor(got, want, 24) {
						t.Errorf("preset %d: node (%d,%d) at %v shows %v, its tile %v", p, l, j, f, got, want)
					}
					checked++
				}
			}
		}
		if checked < 4*5 {
			t.Errorf("preset %d: %d pixels checked", p, checked)
		}
	}
}

// nearColor reports whether two colours are within tol per channel.
func nearColor(a, b color.RGBA, tol int) bool {
	d := func(x, y uint8) bool { return math.Abs(float64(x)-float64(y)) <= float64(tol) }
	return d(a.R, b.R) && d(a.G, b.G) && d(a.B, b.B) && d(a.A, b.A)
}
