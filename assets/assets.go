// Package assets embeds everything Neurona needs at run time, so that the
// desktop binary works offline and the web bundle makes no further requests:
// translation tables, Kage shaders, notebook templates and the font.
package assets

import "embed"

// Translations holds one JSON file per area of the app (shell.json,
// perceptron.json, …), each mapping a message key to its Spanish and English
// text: {"key": {"es": "…", "en": "…"}}.
//
//go:embed i18n/*.json
var Translations embed.FS

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
//go:embed notebook/*.tmpl
var NotebookTemplates embed.FS
