// Builds, in a temporary directory, a tiny but real BERT-layout model for transformers.js: an ONNX
// graph (Gather over an 8-dim embedding table → last_hidden_state) written by a minimal protobuf
// encoder, a WordPiece tokenizer.json and config.json. No weights are downloaded from anywhere.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// ---- minimal protobuf writer (varint, length-delimited) ----
function varint(n: number | bigint): number[] {
  let v = BigInt(n);
  const out: number[] = [];
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) b |= 0x80;
    out.push(b);
  } while (v > 0n);
  return out;
}
const key = (field: number, wire: number) => varint((field << 3) | wire);
const vField = (field: number, n: number | bigint) => [...key(field, 0), ...varint(n)];
const bField = (field: number, bytes: number[] | Uint8Array) => [...key(field, 2), ...varint(bytes.length), ...bytes];
const sField = (field: number, s: string) => bField(field, [...Buffer.from(s, 'utf8')]);

function dimension(d: number | string): number[] {
  return typeof d === 'number' ? vField(1, d) : sField(2, d);
}
function valueInfo(name: string, elemType: number, dims: Array<number | string>): number[] {
  const shape = dims.flatMap((d) => bField(1, dimension(d)));
  const tensorType = [...vField(1, elemType), ...bField(2, shape)];
  return [...sField(1, name), ...bField(2, bField(1, tensorType))];
}

export const VOCAB = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', 'infirmier', 'boulanger', 'aide', 'soignant', 'chauffeur', 'bus', '##s', 'de'];
export const HIDDEN = 8;

/** Deterministic embedding table: row i, column j. */
export function embeddingRow(i: number): number[] {
  return Array.from({ length: HIDDEN }, (_, j) => Math.sin((i + 1) * (j + 1) * 0.7) + (i === j ? 1 : 0));
}

export function tinyBertOnnx(): Uint8Array {
  const table = new Float32Array(VOCAB.flatMap((_, i) => embeddingRow(i)));
  const initializer = [
    ...vField(1, VOCAB.length),
    ...vField(1, HIDDEN),
    ...vField(2, 1), // FLOAT
    ...sField(8, 'embeddings'),
    ...bField(9, new Uint8Array(table.buffer)),
  ];
  const node = [...sField(1, 'embeddings'), ...sField(1, 'input_ids'), ...sField(2, 'last_hidden_state'), ...sField(3, 'gather'), ...sField(4, 'Gather')];
  const graph = [
    ...bField(1, node),
    ...sField(2, 'tiny_bert'),
    ...bField(5, initializer),
    ...bField(11, valueInfo('input_ids', 7, ['batch', 'sequence'])),
    ...bField(12, valueInfo('last_hidden_state', 1, ['batch', 'sequence', HIDDEN])),
  ];
  const model = [...vField(1, 8), ...sField(2, 'cep-test'), ...bField(7, graph), ...bField(8, [...sField(1, ''), ...vField(2, 13)])];
  return new Uint8Array(model);
}

function tokenizerJson(): unknown {
  const vocab = Object.fromEntries(VOCAB.map((t, i) => [t, i]));
  const special = (id: number, content: string) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [special(0, '[PAD]'), special(1, '[UNK]'), special(2, '[CLS]'), special(3, '[SEP]')],
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: true, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [2], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [3], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab },
  };
}

/** Writes the model under a fresh temp dir; returns the model directory. */
export function writeTinyBertModel(name = 'tiny-bert'): string {
  const root = mkdtempSync(join(tmpdir(), 'cep-tiny-model-'));
  const dir = join(root, name);
  mkdirSync(join(dir, 'onnx'), { recursive: true });
  writeFileSync(join(dir, 'onnx', 'model.onnx'), tinyBertOnnx());
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ model_type: 'bert', hidden_size: HIDDEN, vocab_size: VOCAB.length, architectures: ['BertModel'] }));
  writeFileSync(join(dir, 'tokenizer.json'), JSON.stringify(tokenizerJson()));
  writeFileSync(
    join(dir, 'tokenizer_config.json'),
    JSON.stringify({ tokenizer_class: 'BertTokenizer', do_lower_case: true, model_max_length: 512, cls_token: '[CLS]', sep_token: '[SEP]', unk_token: '[UNK]', pad_token: '[PAD]' }),
  );
  return dir;
}
