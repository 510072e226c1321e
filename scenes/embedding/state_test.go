package embedding

import (
	"testing"

	"github.com/neurona/neurona/scenes/embedding/model"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/scenetest"
)

// TestStateIsMadeWhenEncoded: the page's link asks a playing scene for its
// state only to count its points, so building the state measures nothing
// and makes few objects (issue 17: measuring a thousand points and laying
// out the parameters as maps took most of a tick); encoded, the document
// carries the loss and accuracy of the network at the cursor.
func TestStateIsMadeWhenEncoded(t *testing.T) {
	r := scenetest.New(t, New())
	r.DoArg(keymap.Preset, 9) // 1,000 points, four hidden layers of 8
	r.S.run.Train(3)
	if r.S.run.Measured() {
		t.Fatal("the run is measured right after training steps")
	}
	if n := testing.AllocsPerRun(5, func() { _ = r.S.State() }); n > 40 {
		t.Errorf("building the state made %v objects, want ≤ 40", n)
	}
	if r.S.run.Measured() {
		t.Error("building the state measured the network")
	}
	var m model.Meter
	net := r.S.run.Net()
	m.Add(net, r.S.train, false)
	m.Add(net, r.S.test, true)
	want := m.Sample(r.S.run.Step(), false)
	doc := r.State()
	for f, v := range map[string]float64{"loss": want.Loss, "testLoss": want.TestLoss, "accuracy": want.Acc, "testAccuracy": want.TestAcc} {
		if doc[f] != v {
			t.Errorf("%s = %v, the network at the cursor has %v", f, doc[f], v)
		}
	}
	w1 := doc["params"].(map[string]any)["W1"].([]any)
	if got := w1[0].([]any)[1]; got != net.W[0][0][1] {
		t.Errorf("W1[0][1] = %v, the network has %v", got, net.W[0][0][1])
	}
}
