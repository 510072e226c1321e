package scenes

import (
	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/state"
	"github.com/neurona/neurona/scenes/ui"
)

// sketch is a plane of editable points: the stand-in for a scene whose
// package has not been written yet, so that the shell can be exercised.
type sketch struct {
	id     string
	data   *engine.Dataset
	plane  ui.Plane
	editor ui.Editor
	player ui.Player
}

func newSketch(id string) *sketch {
	return &sketch{id: id, data: engine.NewDataset(nil), plane: ui.NewPlane(0, 0, 2), editor: ui.NewEditor(), player: ui.NewPlayer()}
}

func (s *sketch) ID() string                 { return s.id }
func (s *sketch) Bindings() []keymap.Binding { return nil }
func (s *sketch) MouseHelp() []string        { return []string{"mouse.add", "mouse.drag", "mouse.remove"} }
func (s *sketch) Playback() *ui.Player       { return &s.player }
func (s *sketch) State() map[string]any {
	return map[string]any{"step": 0, "points": state.PointsField(s.data.Points())}
}

func (s *sketch) Load(d ui.Doc) error {
	pts, ok, err := d.Points()
	if err != nil {
		return err
	}
	if ok {
		s.data.Replace(pts)
	}
	return nil
}

func (s *sketch) Update(c *ui.Context) {
	s.plane.Layout(c.Bounds.Inset(c.Px(12)))
	c.Plane = s.plane.Rect
	s.player.HandleActions(c)
	s.editor.Update(c, &s.plane, s.data)
}

func (s *sketch) Draw(dst *ebiten.Image, c *ui.Context) {
	s.plane.DrawGrid(dst, c)
	s.plane.DrawPoints(dst, c, s.data.Points())
	ui.DrawText(dst, c.T("scene."+s.id), s.plane.Rect.X+c.Px(12), s.plane.Rect.Y+c.Px(10), c.Px(26), c.Theme.Text, ui.AlignLeft)
}
