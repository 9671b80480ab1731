package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// keyArg is which argument of a call names a catalog message: T, N and
// the command line's t take it first, facilitation.Msg too; a plan
// checker's add takes it after the place, the settings file's Problem
// after the table, key and item.
var keyArg = map[string]int{"T": 0, "N": 0, "t": 0, "Msg": 0, "add": 1, "Problem": 3}

// Every message key written in the code as a literal exists in en.toml
// (and so, by TestCatalogIsComplete, in every language): a typo in a key
// would show the key itself to people.
func TestEveryKeyUsedExists(t *testing.T) {
	root := filepath.Join("..", "..")
	cat := New("en", nil)
	fset := token.NewFileSet()
	checked := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && path != root || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var name string
			switch fn := call.Fun.(type) {
			case *ast.SelectorExpr:
				name = fn.Sel.Name
			case *ast.Ident:
				name = fn.Name
			}
			i, ok := keyArg[name]
			if !ok || i >= len(call.Args) {
				return true
			}
			lit, ok := call.Args[i].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			key, err := strconv.Unquote(lit.Value)
			if err != nil || !strings.Contains(key, ".") || strings.ContainsAny(key, " %") {
				return true
			}
			checked++
			if _, _, found := cat.lookup(key); !found {
				t.Errorf("%s: key %q is not in en.toml", fset.Position(lit.Pos()), key)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 300 {
		t.Errorf("only %d keys checked: is the walk finding the code?", checked)
	}
}
