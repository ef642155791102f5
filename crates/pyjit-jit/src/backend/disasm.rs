//! `PYJIT_TRACE=2`: the machine code of a trace as text, with `iced-x86`'s decoder and Intel
//! syntax formatter. Each line is the instruction's address (as it runs), its bytes and the
//! instruction, so a reader can match guards' `jo`/`jne` to the exit stubs after the loop.

use iced_x86::{Decoder, DecoderOptions, Formatter, Instruction, IntelFormatter};
use std::fmt::Write;

/// Disassemble `code`, which runs at address `ip`.
pub fn x64(code: &[u8], ip: u64) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "disassembly ({} bytes at {ip:#x}):", code.len());
    let mut decoder = Decoder::with_ip(64, code, ip, DecoderOptions::NONE);
    let mut formatter = IntelFormatter::new();
    formatter.options_mut().set_first_operand_char_index(8);
    let mut text = String::new();
    let mut ins = Instruction::default();
    while decoder.can_decode() {
        decoder.decode_out(&mut ins);
        text.clear();
        formatter.format(&ins, &mut text);
        let start = (ins.ip() - ip) as usize;
        let bytes: String = code[start..start + ins.len()]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let _ = writeln!(out, "  {:016x}  {bytes:<24} {text}", ins.ip());
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn decodes_a_known_sequence() {
        // add rax, rbx ; jo +0 ; ret
        let code = [0x48, 0x01, 0xd8, 0x70, 0x00, 0xc3];
        let text = super::x64(&code, 0x1000);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4, "{text}");
        assert!(lines[0].starts_with("disassembly (6 bytes at 0x1000)"));
        assert!(
            lines[1].contains("4801d8") && lines[1].contains("add") && lines[1].contains("rax,rbx"),
            "{text}"
        );
        assert!(lines[2].contains("jo"), "{text}");
        assert!(lines[3].ends_with("ret"), "{text}");
    }
}
