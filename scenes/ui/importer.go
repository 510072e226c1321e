package ui

// CSVImporter is a scene that reads dropped or pasted CSV files itself,
// instead of the game's x1,x2,y file with ±1 labels: the embedding scene
// takes class indices 0…K−1. ImportCSV returns an error of the form
// "name:line: message" for a bad file, leaving the scene as it was.
type CSVImporter interface {
	ImportCSV(name string, data []byte) error
}
