package scenes

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/ui"
)

// stripPicture is a picture of one strip of the chrome (the title bar or
// the transport strip), painted again only when what the strip shows
// changes (its key). In the page, while a scene plays, painting the two
// strips (their text, icons and outlines, through Ebiten's per-draw work
// that a software-rendered WebGL page pays for every call) took about a
// tenth of the main thread; what they show changes a few times a minute.
type stripPicture[K comparable] struct {
	img    *ebiten.Image
	key    K
	ok     bool
	paints int // how many times it was painted (tests read it)
	op     ebiten.DrawImageOptions
}

// show draws the strip's picture onto dst with its top left at (0, y),
// first painting it (paint draws the strip with its top left at the
// picture's origin) if key changed or the picture is not w×h pixels.
func (p *stripPicture[K]) show(dst *ebiten.Image, y float64, w, h int, key K, paint func(img *ebiten.Image)) {
	w, h = max(w, 1), max(h, 1)
	if p.img == nil || p.img.Bounds().Dx() != w || p.img.Bounds().Dy() != h {
		if p.img != nil {
			p.img.Deallocate()
		}
		// Unmanaged, as ui.Layer's pictures: a texture of its own, never
		// moved out of a shared atlas after it is drawn to.
		p.img = ebiten.NewImageWithOptions(image.Rect(0, 0, w, h), &ebiten.NewImageOptions{Unmanaged: true})
		p.ok = false
	}
	if !p.ok || key != p.key {
		p.img.Clear()
		paint(p.img)
		p.key, p.ok = key, true
		p.paints++
	}
	p.op.GeoM.Reset()
	p.op.GeoM.Translate(0, y)
	dst.DrawImage(p.img, &p.op)
}

// stripKey is what a strip of the chrome shows besides its own state:
// the window, the scale, the language, the theme, the scene and how it
// plays.
type stripKey struct {
	w, h, dsf, zoom float64
	lang            i18n.Lang
	theme           *ui.Theme
	cur, scenes     int
	scene           string
	player, playing bool
	stepsPerSecond  float64
}

func stripKeyOf(v view) stripKey {
	k := stripKey{w: v.w, h: v.h, dsf: v.dsf, zoom: v.zoom, lang: v.lang, theme: v.theme, cur: v.cur, scenes: len(v.scenes)}
	if len(v.scenes) == 0 {
		return k
	}
	sc := v.scene()
	k.scene = sc.ID()
	if p, ok := sc.(Player); ok {
		pl := p.Playback()
		k.player, k.playing, k.stepsPerSecond = true, pl.Playing, pl.StepsPerSecond()
	}
	return k
}

// titleKey is what the title bar shows: the strip's key and whether the
// phone's list of scenes is open (its caret points up).
type titleKey struct {
	stripKey
	menu bool
}

// transportKey is what the transport strip shows: the strip's key and
// the control under the pointer (outlined).
type transportKey struct {
	stripKey
	hover int
}

// showTitleBar draws the title bar through its picture. The picture
// reaches below the bar by the width of the bar's bottom line, which
// straddles the edge.
func (ch *chrome) showTitleBar(v view, dst *ebiten.Image, c *ui.Context) {
	s := titleScale(v)
	h := int(math.Ceil(titleBarUnits*s + s))
	ch.titlePic.show(dst, 0, int(math.Ceil(v.w)), h, titleKey{stripKeyOf(v), ch.menu}, func(img *ebiten.Image) {
		ch.drawTitleBar(v, img, c)
	})
}

// showTransport draws the transport strip through its picture: the strip
// is painted for a window whose height puts it at the picture's bottom,
// shifted by whole pixels so that it is rasterised as it would be on the
// screen, and the picture starts a line's width above the strip (its top
// line straddles the edge).
func (ch *chrome) showTransport(v view, dst *ebiten.Image) {
	s := transportScale(v)
	top := math.Floor(ch.transportRect(v).Y - s - 1)
	pv := v
	pv.h = v.h - top
	ch.transportPic.show(dst, top, int(math.Ceil(v.w)), int(math.Ceil(pv.h)), transportKey{stripKeyOf(v), ch.transport.hover}, func(img *ebiten.Image) {
		ch.drawTransport(pv, img)
	})
}
