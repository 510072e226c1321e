// Package assets embeds everything Neurona needs at run time, so that the
// desktop binary works offline and the web bundle makes no further requests:
// translation tables, Kage shaders, notebook templates and the font.
package assets

// Each file is embedded by itself as []byte rather than in an embed.FS:
// embed.FS's file system (and the fs.Glob and template.ParseFS that went
// with it) cost the web bundle more than the lists below.
import _ "embed"

// File is one embedded file: its name under assets/ and its bytes.
type File struct {
	Name string
	Data []byte
}

// Translations holds one JSON file per area of the app (shell.json,
// perceptron.json, …), each mapping a message key to its Spanish and English
// text: {"key": {"es": "…", "en": "…"}}.
//
// They are listed by name, in order; the package's test fails when a file
// of i18n/ is missing from the list.
var Translations = []File{
	{"i18n/backprop.json", backpropJSON},
	{"i18n/embedding.json", embeddingJSON},
	{"i18n/gradient.json", gradientJSON},
	{"i18n/neuron.json", neuronJSON},
	{"i18n/perceptron.json", perceptronJSON},
	{"i18n/regression.json", regressionJSON},
	{"i18n/shell.json", shellJSON},
	{"i18n/xor.json", xorJSON},
}

var (
	//go:embed i18n/backprop.json
	backpropJSON []byte
	//go:embed i18n/embedding.json
	embeddingJSON []byte
	//go:embed i18n/gradient.json
	gradientJSON []byte
	//go:embed i18n/neuron.json
	neuronJSON []byte
	//go:embed i18n/perceptron.json
	perceptronJSON []byte
	//go:embed i18n/regression.json
	regressionJSON []byte
	//go:embed i18n/shell.json
	shellJSON []byte
	//go:embed i18n/xor.json
	xorJSON []byte
)

// FontTTF is DejaVu Sans (a free font with the Latin, Greek, mathematical,
// subscript and superscript glyphs the lecture's notation needs), as the
// bytes of a TrueType file: a subset of it, cut to the characters the app
// draws (about 30 KB instead of 757 KB), without hinting. Its licence is
// fonts/LICENSE-DejaVu.txt; scripts/subset-font.sh makes it again, and
// package fontcover's test fails when a text uses a character it lacks.
//
//go:embed fonts/DejaVuSans-subset.ttf
var FontTTF []byte

// FieldShader is the Kage source of the shader that draws a model's output
// over the plane, one evaluation per pixel.
//
//go:embed shaders/field.kage
var FieldShader []byte

// NetFieldShader is the Kage template of the shader that draws a deep
// network's decision regions or one unit's output over a plane.
//
//go:embed shaders/netfield.kage
var NetFieldShader []byte

// NotebookTemplates holds the text/template files engine/notebook writes
// Jupyter notebooks from: common.tmpl (shared cells) and one <scene>.tmpl
// per scene, whose output is cut into cells at "#%% markdown" and
// "#%% code" lines.
//
// They are listed by name, in order; the package's test fails when a file
// of notebook/ is missing from the list.
var NotebookTemplates = []File{
	{"notebook/backprop.tmpl", backpropTmpl},
	{"notebook/common.tmpl", commonTmpl},
	{"notebook/embedding.tmpl", embeddingTmpl},
	{"notebook/gradient.tmpl", gradientTmpl},
	{"notebook/neuron.tmpl", neuronTmpl},
	{"notebook/perceptron.tmpl", perceptronTmpl},
	{"notebook/regression.tmpl", regressionTmpl},
	{"notebook/xor.tmpl", xorTmpl},
}

var (
	//go:embed notebook/backprop.tmpl
	backpropTmpl []byte
	//go:embed notebook/common.tmpl
	commonTmpl []byte
	//go:embed notebook/embedding.tmpl
	embeddingTmpl []byte
	//go:embed notebook/gradient.tmpl
	gradientTmpl []byte
	//go:embed notebook/neuron.tmpl
	neuronTmpl []byte
	//go:embed notebook/perceptron.tmpl
	perceptronTmpl []byte
	//go:embed notebook/regression.tmpl
	regressionTmpl []byte
	//go:embed notebook/xor.tmpl
	xorTmpl []byte
)
