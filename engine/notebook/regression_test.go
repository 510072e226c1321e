package notebook

import (
	"bytes"
	"testing"
)

// TestRegressionB2AsAList: the regression scene writes b2 as a list of one
// number, as trace mlp does; the notebook reads it as it reads a plain
// number, and refuses a list of another length.
func TestRegressionB2AsAList(t *testing.T) {
	const doc = `{"scene":"regression","hidden":1,"activation":"tanh","alpha":0.01,"W1":[[1]],"b1":[0],"W2":[[2]],"b2":%s,"points":[{"x":[0],"y":1},{"x":[1],"y":2}]}`
	plain, err := FromState([]byte(replaceB2(doc, "0.625")))
	if err != nil {
		t.Fatal(err)
	}
	list, err := FromState([]byte(replaceB2(doc, "[0.625]")))
	if err != nil {
		t.Fatalf("[b2]: %v", err)
	}
	if !bytes.Equal(plain, list) {
		t.Error("b2 as [0.625] writes another notebook than b2 as 0.625")
	}
	if _, err := FromState([]byte(replaceB2(doc, "[0.625, 1]"))); err == nil {
		t.Error("b2 with two numbers was accepted")
	}
}

func replaceB2(doc, b2 string) string {
	return string(bytes.Replace([]byte(doc), []byte("%s"), []byte(b2), 1))
}
