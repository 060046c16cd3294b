fn main() {
    std::process::exit(attache::cli::run());
}
