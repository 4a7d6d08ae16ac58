package config

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
)

// testToken is shaped like a real bot token; no test output may contain it.
const testToken = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.s3cr3t-s3cr3t-s3cr3t-s3cr3t-s3cr3"

const publicKeyHex = "e3b4b4e9d2a64c31a4b1b8c1ffb3d39e8e7f4e0d2c1b0a9f8e7d6c5b4a392817"

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestParseValid(t *testing.T) {
	data := t.TempDir()
	tests := []struct {
		name string
		mode Mode
		args []string
		env  map[string]string
		want Config
	}{
		{
			name: "serve from environment",
			mode: Serve,
			env: map[string]string{
				EnvToken: testToken, EnvGuildID: "123456789012345678", EnvDataDir: data,
				EnvAdminGuild: "333333333333333333", EnvAdminUsers: "444444444444444444",
				EnvModeratorRoles: " 111111111111111111, 222222222222222222 ,",
				EnvMessageContent: "true", EnvPrefix: "!quote",
				EnvShardID: "2", EnvShardCount: "4",
			},
			want: Config{
				Token: testToken, GuildID: "123456789012345678", DataDir: data,
				AdminGuild: "333333333333333333", AdminUsers: []string{"444444444444444444"},
				ModeratorRoles: []string{"111111111111111111", "222222222222222222"},
				MessageContent: true, Prefix: "!quote", ShardID: 2, ShardCount: 4,
			},
		},
		{
			name: "Bot prefix on the token is tolerated",
			mode: Serve,
			env:  map[string]string{EnvToken: "Bot " + testToken},
			want: Config{Token: testToken},
		},
		{
			name: "flag wins over environment",
			mode: Serve,
			args: []string{"--guild", "99", "--data=" + data},
			env:  map[string]string{EnvToken: testToken, EnvGuildID: "42"},
			want: Config{Token: testToken, GuildID: "99", DataDir: data},
		},
		{
			name: "http defaults to loopback",
			mode: HTTP,
			env:  map[string]string{EnvPublicKey: publicKeyHex},
			want: Config{HTTPAddr: DefaultHTTPAddr},
		},
		{
			name: "http address from environment",
			mode: HTTP,
			args: []string{"--public-key", publicKeyHex},
			env:  map[string]string{EnvHTTPAddr: ":9000"},
			want: Config{HTTPAddr: ":9000"},
		},
		{
			name: "console needs nothing",
			mode: Console,
			want: Config{},
		},
		{
			name: "register",
			mode: Register,
			args: []string{"--app-id", "1234"},
			env:  map[string]string{EnvToken: testToken},
			want: Config{Token: testToken, AppID: "1234"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.mode, tt.args, env(tt.env))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			got.PublicKey = nil // checked in TestPublicKey
			if !reflect.DeepEqual(*got, tt.want) {
				t.Errorf("Parse =\n%+v\nwant\n%+v", *got, tt.want)
			}
			if strings.Contains(got.String(), testToken) {
				t.Errorf("String() contains the token: %s", got)
			}
		})
	}
}

func TestPublicKey(t *testing.T) {
	c, err := Parse(HTTP, nil, env(map[string]string{EnvPublicKey: publicKeyHex}))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.PublicKey) != 32 || c.PublicKey[0] != 0xe3 || c.PublicKey[31] != 0x17 {
		t.Errorf("PublicKey = %x", c.PublicKey)
	}
}

func TestParseErrors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "article.txt")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		mode Mode
		args []string
		env  map[string]string
		want string // a part of the error that names the setting
	}{
		{"no testToken", Serve, nil, nil, "DISCORD_TOKEN is not set"},
		{"testToken with spaces", Serve, nil, map[string]string{EnvToken: "abc def.ghi.jkl"}, "DISCORD_TOKEN is malformed"},
		{"testToken of one part", Register, []string{"--app-id", "1"}, map[string]string{EnvToken: strings.ReplaceAll(testToken, ".", "")}, "DISCORD_TOKEN is malformed"},
		{"testToken pasted as argument", Serve, []string{testToken}, map[string]string{EnvToken: testToken}, "unexpected argument at position 1"},
		{"unknown flag", Console, []string{"--token", testToken}, nil, "flag provided but not defined: -token"},
		{"guild not a number", Serve, nil, map[string]string{EnvToken: testToken, EnvGuildID: "my-server"}, `QUOTEBOT_GUILD_ID: "my-server" is not a Discord ID`},
		{"guild flag named", Serve, []string{"--guild", "0"}, map[string]string{EnvToken: testToken}, `--guild: "0" is not a Discord ID`},
		{"register without app id", Register, nil, map[string]string{EnvToken: testToken}, "DISCORD_APP_ID is not set"},
		{"no public key", HTTP, nil, nil, "DISCORD_PUBLIC_KEY is not set"},
		{"public key not hex", HTTP, nil, map[string]string{EnvPublicKey: "zz"}, "DISCORD_PUBLIC_KEY: want 64 hex digits"},
		{"public key short", HTTP, []string{"--public-key", "abcd"}, nil, "--public-key: want 64 hex digits"},
		{"data folder missing", Console, []string{"--data", "/nonexistent/quotes"}, nil, "--data: /nonexistent/quotes: no such folder"},
		{"data is a file", Console, nil, map[string]string{EnvDataDir: file}, "QUOTEBOT_DATA_DIR: " + file + " is a file"},
		{"bad role", Serve, nil, map[string]string{EnvToken: testToken, EnvModeratorRoles: "123,mods"}, `QUOTEBOT_MODERATOR_ROLES: "mods" is not a Discord ID`},
		{"roles without home server", HTTP, []string{"--public-key", publicKeyHex, "--moderator-roles", "123"}, nil, "--moderator-roles needs QUOTEBOT_ADMIN_GUILD_ID"},
		{"admin users without home server", Serve, nil, map[string]string{EnvToken: testToken, EnvAdminUsers: "123"}, "QUOTEBOT_ADMIN_USERS needs QUOTEBOT_ADMIN_GUILD_ID"},
		{"bad admin user", Serve, nil, map[string]string{EnvToken: testToken, EnvAdminGuild: "1", EnvAdminUsers: "@mason"}, `QUOTEBOT_ADMIN_USERS: "@mason" is not a Discord ID`},
		{"bad home server", HTTP, []string{"--public-key", publicKeyHex, "--admin-guild", "home"}, nil, `--admin-guild: "home" is not a Discord ID`},
		{"shard without count", Serve, nil, map[string]string{EnvToken: testToken, EnvShardID: "0"}, "QUOTEBOT_SHARD_ID and QUOTEBOT_SHARD_COUNT go together"},
		{"shard out of range", Serve, []string{"--shard-id", "4", "--shard-count", "4"}, map[string]string{EnvToken: testToken}, `--shard-id: "4" is not a shard from 0 to 3`},
		{"no shards", Serve, []string{"--shard-id", "0", "--shard-count", "0"}, map[string]string{EnvToken: testToken}, `--shard-count: "0" is not a number of shards`},
		{"prefix without intent", Serve, nil, map[string]string{EnvToken: testToken, EnvPrefix: "!quote"}, "QUOTEBOT_PREFIX needs QUOTEBOT_MESSAGE_CONTENT=true"},
		{"prefix with space", Serve, []string{"--message-content=true", "--prefix", "! quote"}, map[string]string{EnvToken: testToken}, `--prefix: "! quote" is not a prefix`},
		{"intent not bool", Serve, nil, map[string]string{EnvToken: testToken, EnvMessageContent: "sometimes"}, `QUOTEBOT_MESSAGE_CONTENT: "sometimes" is not true or false`},
		{"bad address", HTTP, []string{"--addr", "localhost"}, map[string]string{EnvPublicKey: publicKeyHex}, `--addr: "localhost" is not host:port`},
		{"bad port", HTTP, nil, map[string]string{EnvPublicKey: publicKeyHex, EnvHTTPAddr: "127.0.0.1:99999"}, `QUOTEBOT_HTTP_ADDR: "127.0.0.1:99999" is not host:port`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.mode, tt.args, env(tt.env))
			if err == nil {
				t.Fatalf("Parse succeeded, want an error containing %q", tt.want)
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.want) {
				t.Errorf("error %q does not contain %q", msg, tt.want)
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("error is not one line: %q", msg)
			}
			if strings.Contains(msg, "s3cr3t") {
				t.Errorf("error contains the token: %q", msg)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	_, err := Parse(HTTP, []string{"-h"}, env(nil))
	if !errors.Is(err, flag.ErrHelp) {
		t.Fatalf("Parse(-h) = %v, want flag.ErrHelp", err)
	}
	u := Usage(HTTP)
	for _, want := range []string{"-addr", "-public-key", "-data", EnvPublicKey, EnvHTTPAddr} {
		if !strings.Contains(u, want) {
			t.Errorf("Usage(HTTP) lacks %q:\n%s", want, u)
		}
	}
	if strings.Contains(Usage(Serve), "-token") {
		t.Errorf("Usage(Serve) offers a testToken flag; the token belongs in the environment only")
	}
}

// TestDataDirErrorKeepsCause checks that a data folder that cannot be
// looked at stops start-up with an error that still says why to
// errors.Is, not only in words.
func TestDataDirErrorKeepsCause(t *testing.T) {
	file := filepath.Join(t.TempDir(), "articles.txt")
	if err := os.WriteFile(file, []byte("not a folder"), 0o644); err != nil {
		t.Fatal(err)
	}
	below := filepath.Join(file, "2025")
	_, err := Parse(Console, []string{"--data", below}, env(nil))
	if err == nil {
		t.Fatal("a path below a file was accepted as the data folder")
	}
	if !errors.Is(err, syscall.ENOTDIR) {
		t.Errorf("error %q does not wrap ENOTDIR", err)
	}
	if want := "--data: " + below + ": not a directory"; err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
}
