import { NumberInput, TextInput } from '@mantine/core';
import type { CatalogService, RateCard } from '@shared/domain';

/** What each part of the service editor is given: the service, and how to change it. */
export interface ServiceEditorProps {
  service: CatalogService;
  rateCard: RateCard;
  onChange: (path: string, value: unknown) => void;
  errorFor: (path: string) => string | undefined;
  onBlur: (path: string) => void;
}

function at(service: CatalogService, path: string): unknown {
  return path.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], service);
}

type FieldProps = ServiceEditorProps & { path: string; label: string };

/** A text field of the service, at a dotted path ("unit.plural"). */
export function ServiceText({
  service,
  onChange,
  errorFor,
  onBlur,
  path,
  label,
  placeholder,
}: FieldProps & { placeholder?: string }) {
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      value={at(service, path) as string}
      onChange={(e) => onChange(path, e.currentTarget.value)}
      error={errorFor(path)}
      onBlur={() => onBlur(path)}
    />
  );
}

/** A count or an hour figure of the service: whole numbers unless `decimal`. */
export function ServiceNumber({
  service,
  onChange,
  errorFor,
  onBlur,
  path,
  label,
  step = 1,
  decimal = false,
}: FieldProps & { step?: number; decimal?: boolean }) {
  return (
    <NumberInput
      label={label}
      min={0}
      step={step}
      allowDecimal={decimal}
      decimalScale={decimal ? 2 : 0}
      value={at(service, path) as number}
      onChange={(v) => onChange(path, v)}
      error={errorFor(path)}
      onBlur={() => onBlur(path)}
    />
  );
}
