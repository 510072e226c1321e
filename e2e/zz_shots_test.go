//go:build e2e

package e2e

import (
	"testing"

	"github.com/chromedp/chromedp/kb"
)

func TestZZShots(t *testing.T) {
	p := openPage(t, "scene=neuron&lang=en")
	for _, size := range [][2]int64{{1280, 720}, {1920, 1080}, {390, 844}} {
		p.Resize(t, size[0], size[1])
		for range zoomInSteps {
			p.Key(t, "=", kb.ModifierCtrl)
		}
		for _, id := range []string{"perceptron", "xor", "gradient", "backprop", "regression", "embedding"} {
			Eval[any](p, p.api()+`.scene("`+id+`")`)
			p.WaitFrames(t, 4)
			p.Screenshot(t)
			p.Key(t, kb.End)
			p.WaitFrames(t, 4)
			p.Screenshot(t)
			p.Key(t, kb.Home)
		}
		if size[0] == 1280 {
			p.Key(t, "t")
		}
	}
}
