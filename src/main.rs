//! The `icp-tui` binary: everything lives in the library.

fn main() -> std::process::ExitCode {
    icp_tui::cli::main()
}
