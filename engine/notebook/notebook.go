package notebook

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"text/template"

	"github.com/neurona/neurona/assets"
	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/engine/statedoc"
	"github.com/neurona/neurona/internal/version"
)

// AppVersion is the version of Neurona written into every notebook's
// metadata ("neurona": {"version": …}): the build's own (internal/version),
// so a notebook says which app wrote it; left out when empty.
var AppVersion = version.String()

// writer builds one scene's template data from a state document.
type writer func(d doc, lang string) (any, error)

// writers holds, for each scene id, what builds its template's data; the
// template is assets/notebook/<id>.tmpl.
var writers = map[string]writer{
	"neuron":     neuronData,
	"perceptron": perceptronData,
	"xor":        xorData,
	"gradient":   gradientData,
	"backprop":   backpropData,
	"regression": regressionData,
	"embedding":  embeddingData,
}

// Scenes returns the scene ids a notebook can be written for, sorted.
func Scenes() []string {
	ids := make([]string, 0, len(writers))
	for id := range writers {
		ids = append(ids, id)
	}
	sort.Sort(sort.StringSlice(ids)) // not sort.Strings: it instantiates slices.Sort for strings
	return ids
}

// FromState returns the Jupyter notebook (nbformat 4, .ipynb JSON) that
// reproduces the scene of the state document state, as window.neurona.state()
// and export write it. A document that is not a state document, names an
// unknown scene or has a field of the wrong type or out of range is refused
// with an error that says which.
func FromState(state []byte) ([]byte, error) {
	d, scene, err := parseDoc(state)
	if err != nil {
		return nil, err
	}
	build, ok := writers[scene]
	if !ok {
		return nil, statedoc.Errorf("scene", "no notebook for scene %q (want one of %s)", engine.Excerpt(scene), strings.Join(Scenes(), ", "))
	}
	lang, err := d.lang()
	if err != nil {
		return nil, err
	}
	data, err := build(d, lang)
	if err != nil {
		return nil, err
	}
	text, err := render(scene, lang, data)
	if err != nil {
		return nil, err
	}
	return encode(splitCells(text), metadata(scene, lang))
}

// render executes the scene's template with its data.
func render(scene, lang string, data any) (string, error) {
	t, err := parse(scene)
	if err != nil {
		return "", fmt.Errorf("notebook template for %s: %v", scene, err)
	}
	var buf bytes.Buffer
	err = t.Execute(&buf, struct {
		ES    bool
		Scene string
		S     any
	}{lang == "es", scene, data})
	if err != nil {
		return "", fmt.Errorf("notebook template for %s: %v", scene, err)
	}
	return buf.String(), nil
}

// metadata is the notebook's metadata: a Python 3 kernel, the language of
// its text, and where it came from.
func metadata(scene, lang string) map[string]any {
	origin := map[string]any{"scene": scene, "lang": lang}
	if AppVersion != "" {
		origin["version"] = AppVersion
	}
	return map[string]any{
		"kernelspec": map[string]any{
			"name": "python3", "display_name": "Python 3", "language": "python",
		},
		"language_info": map[string]any{"name": "python", "file_extension": ".py", "mimetype": "text/x-python"},
		"neurona":       origin,
	}
}

// parse parses common.tmpl and the scene's template into one set named
// after the scene's, as template.ParseFS would (the same names, order and
// errors), from the files listed in assets.
func parse(scene string) (*template.Template, error) {
	t := template.New(scene + ".tmpl").Funcs(template.FuncMap{
		"py":   py,
		"list": pyList,
	})
	for _, name := range []string{"common.tmpl", scene + ".tmpl"} {
		src, ok := templateFile("notebook/" + name)
		if !ok {
			return nil, fmt.Errorf("template: pattern matches no files: %#q", "notebook/"+name)
		}
		tt := t
		if name != t.Name() {
			tt = t.New(name)
		}
		if _, err := tt.Parse(string(src)); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// templateFile returns the bytes of the named notebook template.
func templateFile(name string) ([]byte, bool) {
	for _, f := range assets.NotebookTemplates {
		if f.Name == name {
			return f.Data, true
		}
	}
	return nil, false
}
