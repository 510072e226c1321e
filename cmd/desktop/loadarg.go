package main

import (
	"net/url"
	"os"
	"runtime"
	"strings"
)

// loadTarget tells what -load names: a state document on disk (path) or a
// link to the web page (link). Windows users paste paths with backslashes,
// spaces and "#" in folder names ("C:\Clase #5\estado.json"), Explorer's
// "Copy as path" wraps them in double quotes, and browsers give file://
// URLs; all of them must reach the same file. An existing file always
// wins; otherwise anything with a "#" or starting with "scene=" is a link,
// passed on exactly as given (the app says what in it it ignored).
func loadTarget(arg string, windows bool, exists func(string) bool) (path, link string) {
	p := strings.TrimSpace(arg)
	if len(p) >= 2 && (p[0] == '"' || p[0] == '\'') && p[len(p)-1] == p[0] {
		p = strings.TrimSpace(p[1 : len(p)-1])
	}
	if fp, ok := fileURLPath(p, windows); ok && !strings.Contains(p, "#") {
		return fp, ""
	}
	if exists(p) {
		return p, ""
	}
	if strings.Contains(arg, "#") || strings.HasPrefix(arg, "scene=") {
		return "", arg
	}
	return p, ""
}

// fileURLPath turns a file:// URL into a path: file:///C:/Mis%20clases/a.json
// is C:\Mis clases\a.json on Windows, file:///home/ana/a.json is
// /home/ana/a.json elsewhere, and file://server/share/a.json is the
// Windows share \\server\share\a.json.
func fileURLPath(s string, windows bool) (string, bool) {
	if len(s) < 7 || !strings.EqualFold(s[:7], "file://") {
		return "", false
	}
	u, err := url.Parse(s)
	if err != nil || u.Path == "" {
		return "", false
	}
	p := u.Path
	if !windows {
		if u.Host != "" && u.Host != "localhost" {
			return "", false
		}
		return p, true
	}
	if u.Host != "" && u.Host != "localhost" {
		return `\\` + u.Host + strings.ReplaceAll(p, "/", `\`), true
	}
	// "/C:/x" → "C:/x"
	if len(p) >= 3 && p[0] == '/' && p[2] == ':' {
		p = p[1:]
	}
	return strings.ReplaceAll(p, "/", `\`), true
}

// onWindows is the running system's answer for loadTarget.
const onWindows = runtime.GOOS == "windows"

// fileExists reports whether path names a regular file.
func fileExists(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}
