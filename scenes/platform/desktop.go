//go:build !js

package platform

import (
	"fmt"
	"os"
	"path/filepath"
)

// desktopPlatform writes files into the working directory and keeps the
// settings in the user's configuration directory.
type desktopPlatform struct {
	settingsPath string
}

// New returns the desktop platform.
func New() Platform {
	p := &desktopPlatform{}
	if dir, err := os.UserConfigDir(); err == nil {
		p.settingsPath = filepath.Join(dir, "neurona", "settings.json")
	}
	return p
}

func (p *desktopPlatform) SaveFile(name, _ string, data []byte) (string, error) {
	// Never overwrite an earlier export: a teacher saving several views in
	// one lecture keeps them all.
	base, ext := name[:len(name)-len(filepath.Ext(name))], filepath.Ext(name)
	path := name
	for i := 2; ; i++ {
		if _, err := os.Stat(path); os.IsNotExist(err) {
			break
		}
		path = fmt.Sprintf("%s-%d%s", base, i, ext)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return "", err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	fmt.Println(abs)
	return abs, nil
}

func (p *desktopPlatform) LoadSettings() []byte {
	if p.settingsPath == "" {
		return nil
	}
	b, err := os.ReadFile(p.settingsPath)
	if err != nil || len(b) > 1<<16 {
		return nil
	}
	return b
}

func (p *desktopPlatform) StoreSettings(data []byte) error {
	if p.settingsPath == "" {
		return fmt.Errorf("no configuration directory")
	}
	if err := os.MkdirAll(filepath.Dir(p.settingsPath), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p.settingsPath, data, 0o644)
}

func (p *desktopPlatform) SetLink(string) {}

// SoftwareGL is false on the desktop: supersampling is always on there for
// displays under 1.5 device pixels per point.
func SoftwareGL() bool { return false }
