//! Parsing of the `--dir`, `--readonly-dir` and `--env` values, following
//! wasmtime's spelling.

use std::path::PathBuf;

use crate::wasi::Preopen;

/// Parses `HOST[::GUEST]` for `--dir`; GUEST defaults to HOST.
pub fn parse_dir(value: &str) -> Result<Preopen, String> {
    parse_preopen(value, false)
}

/// Parses `HOST[::GUEST]` for `--readonly-dir`.
pub fn parse_readonly_dir(value: &str) -> Result<Preopen, String> {
    parse_preopen(value, true)
}

fn parse_preopen(value: &str, readonly: bool) -> Result<Preopen, String> {
    let (host, guest) = value.split_once("::").unwrap_or((value, value));
    if host.is_empty() {
        return Err(format!("`{value}`: the host directory is empty"));
    }
    if guest.is_empty() {
        return Err(format!("`{value}`: the guest path is empty"));
    }
    Ok(Preopen {
        host: PathBuf::from(host),
        guest: guest.to_string(),
        readonly,
    })
}

/// An `--env` value: `NAME=VALUE`, or `NAME` to pass on the host's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EnvVar {
    pub name: String,
    pub value: Option<String>,
}

/// Parses `NAME=VALUE` or `NAME`.
pub fn parse_env(value: &str) -> Result<EnvVar, String> {
    let (name, value) = match value.split_once('=') {
        Some((name, value)) => (name, Some(value.to_string())),
        None => (value, None),
    };
    if name.is_empty() {
        return Err("the variable name is empty".to_string());
    }
    Ok(EnvVar {
        name: name.to_string(),
        value,
    })
}

/// The guest's environment as `NAME=VALUE` entries: `vars` in order, a later
/// setting of a name replacing the earlier one in place. A variable with no
/// value is looked up with `host_var` and left out if the host has none.
pub fn environment(vars: &[EnvVar], host_var: impl Fn(&str) -> Option<Vec<u8>>) -> Vec<Vec<u8>> {
    let mut resolved: Vec<(&str, Vec<u8>)> = Vec::new();
    for var in vars {
        let value = match &var.value {
            Some(value) => value.as_bytes().to_vec(),
            None => match host_var(&var.name) {
                Some(value) => value,
                None => continue,
            },
        };
        match resolved.iter_mut().find(|(name, _)| *name == var.name) {
            Some(entry) => entry.1 = value,
            None => resolved.push((&var.name, value)),
        }
    }
    resolved
        .into_iter()
        .map(|(name, value)| [name.as_bytes(), b"=", &value].concat())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dir_forms() {
        let same = parse_dir("/tmp/x").unwrap();
        assert_eq!(same.host, PathBuf::from("/tmp/x"));
        assert_eq!(same.guest, "/tmp/x");
        let mapped = parse_dir("out::/data").unwrap();
        assert_eq!(mapped.host, PathBuf::from("out"));
        assert_eq!(mapped.guest, "/data");
        let dot = parse_dir(".::.").unwrap();
        assert_eq!((dot.host, dot.guest.as_str()), (PathBuf::from("."), "."));
        assert!(parse_dir("").is_err());
        assert!(parse_dir("::/data").is_err());
        assert!(parse_dir("out::").is_err());
        assert!(!mapped.readonly);
        assert!(parse_readonly_dir("a::/b").unwrap().readonly);
    }

    #[test]
    fn env_forms() {
        assert_eq!(
            parse_env("A=b=c").unwrap(),
            EnvVar {
                name: "A".into(),
                value: Some("b=c".into())
            }
        );
        assert_eq!(parse_env("A=").unwrap().value, Some(String::new()));
        assert_eq!(parse_env("HOME").unwrap().value, None);
        assert!(parse_env("=x").is_err());
        assert!(parse_env("").is_err());
    }

    #[test]
    fn environment_resolution() {
        let vars = ["A=1", "SET", "UNSET", "B=2", "A=3"].map(|v| parse_env(v).unwrap());
        let host = |name: &str| (name == "SET").then(|| b"host".to_vec());
        let env = environment(&vars, host);
        assert_eq!(
            env,
            [b"A=3".to_vec(), b"SET=host".to_vec(), b"B=2".to_vec()]
        );
    }
}
