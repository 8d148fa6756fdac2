//! Wasm backtraces on a trap.
//!
//! wasmi keeps no record of the calls on its stack that a host could read
//! after a trap, so `wasi-run` has the module keep one itself. Before the
//! module is compiled, [`instrument`] rewrites it:
//!
//! - one extra memory of one page holds [`SLOTS`] frame slots, and one extra
//!   mutable `i32` global counts the live frames (the depth);
//! - each function, on entry, saves the depth in a new local, writes its own
//!   function index into slot `depth % SLOTS` and increments the depth;
//! - after each call it makes (`call`, `call_indirect`, `call_ref`) it sets
//!   the depth back to its own depth plus one. A callee that left by a trap
//!   never comes back, so the depth at a trap counts exactly the frames
//!   that were live, however functions return (`return`, a branch out of
//!   the body, falling off the end). A tail call replaces no slot: the
//!   caller stays listed, which is what a reader expects anyway.
//!
//! Both are exported under names no C program can produce, and
//! [`frames`] turns them into function names from the module's
//! `name` section after a trap. The guest cannot see its own memory 0
//! change: the extra memory and global are new indices after the module's
//! own. When more than [`SLOTS`] frames are live (deep recursion, a stack
//! overflow), only the innermost [`SLOTS`] are kept.
//!
//! The cost is a dozen instructions per call; `cargo xtask bench` measures
//! `wasi-run` against the bare engine with it included.

use std::collections::HashMap;

use wasm_encoder::reencode::{self, Reencode};
use wasm_encoder::{
    ConstExpr, ExportKind, ExportSection, GlobalSection, GlobalType, Instruction, MemArg,
    MemorySection, MemoryType, SectionId, ValType,
};
use wasmparser::{FunctionBody, KnownCustom, Name, Parser, Payload, TypeRef};

/// Frame slots kept: one 64 KiB page of 4-byte slots.
pub const SLOTS: u32 = 16384;
/// The exported names of the depth global and the slots memory.
pub const DEPTH_EXPORT: &str = "wasi-run:frame-depth";
pub const SLOTS_EXPORT: &str = "wasi-run:frame-slots";
/// Frames printed at most; the rest are counted.
const SHOWN: usize = 64;

/// What the rewrite needs to know about the module before it starts.
#[derive(Default)]
struct Shape {
    imported_funcs: u32,
    imported_globals: u32,
    imported_memories: u32,
    defined_globals: u32,
    defined_memories: u32,
    /// Parameter count of each type, by type index (0 for non-functions).
    type_params: Vec<u32>,
    /// Type index of each defined function.
    func_types: Vec<u32>,
    has_memory_section: bool,
    has_global_section: bool,
    has_export_section: bool,
}

impl Shape {
    fn read(bytes: &[u8]) -> Result<Shape, wasmparser::BinaryReaderError> {
        let mut shape = Shape::default();
        for payload in Parser::new(0).parse_all(bytes) {
            match payload? {
                Payload::TypeSection(reader) => {
                    for group in reader {
                        for sub in group?.into_types() {
                            let params = match &sub.composite_type.inner {
                                wasmparser::CompositeInnerType::Func(f) => f.params().len() as u32,
                                _ => 0,
                            };
                            shape.type_params.push(params);
                        }
                    }
                }
                Payload::ImportSection(reader) => {
                    for import in reader.into_imports() {
                        match import?.ty {
                            TypeRef::Func(_) | TypeRef::FuncExact(_) => shape.imported_funcs += 1,
                            TypeRef::Global(_) => shape.imported_globals += 1,
                            TypeRef::Memory(_) => shape.imported_memories += 1,
                            _ => {}
                        }
                    }
                }
                Payload::FunctionSection(reader) => {
                    for ty in reader {
                        shape.func_types.push(ty?);
                    }
                }
                Payload::MemorySection(reader) => {
                    shape.has_memory_section = true;
                    shape.defined_memories = reader.count();
                }
                Payload::GlobalSection(reader) => {
                    shape.has_global_section = true;
                    shape.defined_globals = reader.count();
                }
                Payload::ExportSection(_) => shape.has_export_section = true,
                _ => {}
            }
        }
        Ok(shape)
    }

    fn depth_global(&self) -> u32 {
        self.imported_globals + self.defined_globals
    }

    fn slots_memory(&self) -> u32 {
        self.imported_memories + self.defined_memories
    }
}

/// The re-encoder that adds the bookkeeping.
struct Instrument {
    shape: Shape,
    /// The defined function whose body is being rewritten, by ordinal.
    next_body: u32,
    /// The local that holds the current function's depth.
    depth_local: u32,
}

impl Instrument {
    fn add_memory(&self, section: &mut MemorySection) {
        section.memory(MemoryType {
            minimum: 1,
            maximum: Some(1),
            memory64: false,
            shared: false,
            page_size_log2: None,
        });
    }

    fn add_global(&self, section: &mut GlobalSection) {
        let ty = GlobalType {
            val_type: ValType::I32,
            mutable: true,
            shared: false,
        };
        section.global(ty, &ConstExpr::i32_const(0));
    }

    fn add_exports(&self, section: &mut ExportSection) {
        section.export(DEPTH_EXPORT, ExportKind::Global, self.shape.depth_global());
        section.export(SLOTS_EXPORT, ExportKind::Memory, self.shape.slots_memory());
    }

    fn restore(&self, f: &mut wasm_encoder::Function) {
        f.instruction(&Instruction::LocalGet(self.depth_local));
        f.instruction(&Instruction::I32Const(1));
        f.instruction(&Instruction::I32Add);
        f.instruction(&Instruction::GlobalSet(self.shape.depth_global()));
    }
}

/// Where a section sits in a module's required order.
fn rank(id: SectionId) -> u8 {
    match id {
        SectionId::Type => 1,
        SectionId::Import => 2,
        SectionId::Function => 3,
        SectionId::Table => 4,
        SectionId::Memory => 5,
        SectionId::Tag => 6,
        SectionId::Global => 7,
        SectionId::Export => 8,
        SectionId::Start => 9,
        SectionId::Element => 10,
        SectionId::DataCount => 11,
        SectionId::Code => 12,
        SectionId::Data => 13,
        _ => 0,
    }
}

impl Reencode for Instrument {
    type Error = std::convert::Infallible;

    fn parse_memory_section(
        &mut self,
        memories: &mut MemorySection,
        section: wasmparser::MemorySectionReader<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        reencode::utils::parse_memory_section(self, memories, section)?;
        self.add_memory(memories);
        Ok(())
    }

    fn parse_global_section(
        &mut self,
        globals: &mut GlobalSection,
        section: wasmparser::GlobalSectionReader<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        reencode::utils::parse_global_section(self, globals, section)?;
        self.add_global(globals);
        Ok(())
    }

    fn parse_export_section(
        &mut self,
        exports: &mut ExportSection,
        section: wasmparser::ExportSectionReader<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        reencode::utils::parse_export_section(self, exports, section)?;
        self.add_exports(exports);
        Ok(())
    }

    /// Adds the memory, global and export sections a module lacks, each
    /// where the binary format's order puts it.
    fn intersperse_section_hook(
        &mut self,
        module: &mut wasm_encoder::Module,
        after: Option<SectionId>,
        before: Option<SectionId>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        let after = after.map_or(0, rank);
        let before = before.map_or(u8::MAX, rank);
        let fits = |id: SectionId| after < rank(id) && rank(id) < before;
        if !self.shape.has_memory_section && fits(SectionId::Memory) {
            let mut section = MemorySection::new();
            self.add_memory(&mut section);
            module.section(&section);
        }
        if !self.shape.has_global_section && fits(SectionId::Global) {
            let mut section = GlobalSection::new();
            self.add_global(&mut section);
            module.section(&section);
        }
        if !self.shape.has_export_section && fits(SectionId::Export) {
            let mut section = ExportSection::new();
            self.add_exports(&mut section);
            module.section(&section);
        }
        Ok(())
    }

    fn parse_function_body(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        func: FunctionBody<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        let ordinal = self.next_body;
        self.next_body += 1;
        let index = self.shape.imported_funcs + ordinal;
        let params = self
            .shape
            .func_types
            .get(ordinal as usize)
            .and_then(|ty| self.shape.type_params.get(*ty as usize))
            .copied()
            .unwrap_or(0);

        let mut locals = Vec::new();
        let mut count = params;
        for pair in func.get_locals_reader()? {
            let (n, ty) = pair?;
            count = count.saturating_add(n);
            locals.push((n, self.val_type(ty)?));
        }
        self.depth_local = count;
        locals.push((1, ValType::I32));
        let mut f = wasm_encoder::Function::new(locals);

        let depth = self.shape.depth_global();
        let slot = MemArg {
            offset: 0,
            align: 2,
            target: wasm_encoder::MemArgTarget::Memory(self.shape.slots_memory()),
            ordering: None,
        };
        f.instruction(&Instruction::GlobalGet(depth));
        f.instruction(&Instruction::LocalTee(self.depth_local));
        f.instruction(&Instruction::I32Const((SLOTS - 1) as i32));
        f.instruction(&Instruction::I32And);
        f.instruction(&Instruction::I32Const(2));
        f.instruction(&Instruction::I32Shl);
        f.instruction(&Instruction::I32Const(index as i32));
        f.instruction(&Instruction::I32Store(slot));
        self.restore(&mut f);

        let mut reader = func.get_operators_reader()?;
        while !reader.eof() {
            let op = reader.read()?;
            let is_call = matches!(
                op,
                wasmparser::Operator::Call { .. }
                    | wasmparser::Operator::CallIndirect { .. }
                    | wasmparser::Operator::CallRef { .. }
            );
            f.instruction(&self.instruction(op)?);
            if is_call {
                self.restore(&mut f);
            }
        }
        code.function(&f);
        Ok(())
    }
}

/// The module with frame bookkeeping added, or `None` if it cannot be read
/// (wasmi then reports why when it fails to load the original).
pub fn instrument(bytes: &[u8]) -> Option<Vec<u8>> {
    let shape = Shape::read(bytes).ok()?;
    let mut rewriter = Instrument {
        shape,
        next_body: 0,
        depth_local: 0,
    };
    let mut module = wasm_encoder::Module::new();
    rewriter
        .parse_core_module(&mut module, Parser::new(0), bytes)
        .ok()?;
    Some(module.finish())
}

/// Function names from the module's `name` section, by function index.
pub fn function_names(bytes: &[u8]) -> HashMap<u32, String> {
    let mut names = HashMap::new();
    for payload in Parser::new(0).parse_all(bytes) {
        let Ok(Payload::CustomSection(section)) = payload else {
            continue;
        };
        let KnownCustom::Name(reader) = section.as_known() else {
            continue;
        };
        for sub in reader {
            if let Ok(Name::Function(map)) = sub {
                for naming in map.into_iter().flatten() {
                    names.insert(naming.index, naming.name.to_string());
                }
            }
        }
    }
    names
}

/// The frames live at a trap, innermost first, as lines to print: reads
/// the depth and the slots from the instance.
pub fn frames<T>(
    store: &wasmi::Store<T>,
    instance: &wasmi::Instance,
    names: &HashMap<u32, String>,
) -> Vec<String> {
    let Some(depth) = instance.get_global(store, DEPTH_EXPORT) else {
        return Vec::new();
    };
    let Some(slots) = instance.get_memory(store, SLOTS_EXPORT) else {
        return Vec::new();
    };
    let depth = match depth.get(store) {
        wasmi::Val::I32(d) => d as u32,
        _ => return Vec::new(),
    };
    let data = slots.data(store);
    let kept = depth.min(SLOTS);
    let mut lines = Vec::new();
    for (n, d) in (depth - kept..depth).rev().enumerate() {
        if n == SHOWN {
            lines.push(format!("    ... {} more frame(s)", kept as usize - SHOWN));
            break;
        }
        let at = ((d % SLOTS) * 4) as usize;
        let Some(bytes) = data.get(at..at + 4) else {
            break;
        };
        let index = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        let name = names
            .get(&index)
            .cloned()
            .unwrap_or_else(|| format!("<function {index}>"));
        lines.push(format!("    {n}: {name}"));
    }
    if depth > SLOTS {
        lines.push(format!("    ({} outer frame(s) not kept)", depth - SLOTS));
    }
    lines
}
