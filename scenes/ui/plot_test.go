package ui

import (
	"fmt"
	"testing"
)

func TestHistorySeriesSplitsAtTheCursor(t *testing.T) {
	ys := []float64{5, 4, 3, 2, 1}
	past, ahead := HistorySeries(nil, nil, ys, 10, 2)
	if fmt.Sprint(past) != "[10 5 11 4 12 3]" || fmt.Sprint(ahead) != "[12 3 13 2 14 1]" {
		t.Errorf("past %v ahead %v", past, ahead)
	}
	past, ahead = HistorySeries(past, ahead, ys, 0, 4)
	if len(past) != 10 || len(ahead) != 0 {
		t.Errorf("at the end: past %v ahead %v", past, ahead)
	}
	long := make([]float64, 10*PlotSamples)
	past, _ = HistorySeries(past, ahead, long, 0, len(long)-1)
	if n := len(past) / 2; n > PlotSamples+1 || past[len(past)-2] != float64(len(long)-1) {
		t.Errorf("thinned to %d points, last at %v", n, past[len(past)-2])
	}
}
