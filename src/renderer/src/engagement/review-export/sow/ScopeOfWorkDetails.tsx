import { Accordion, Alert, Badge, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { findPlaceholders, type TermsLibrary } from '@shared/domain';
import { useReading, useValid } from '../../context';
import { AgreementFields } from './AgreementFields';
import { DeliverablesEditor } from './DeliverablesEditor';
import { CommitmentsEditor, HandoffsEditor, NotesToPrint } from './DistrictFields';
import { FundingPreview, InvoicePreview } from './FundingPreview';
import { OptionsEditor } from './OptionsEditor';
import { TermsOverrides } from './TermsOverrides';

/** Placeholder text the export would refuse, listed where it is so it can be fixed first. */
export function PlaceholderAlert({ terms }: { terms: TermsLibrary }) {
  const engagement = useValid();
  const found = findPlaceholders(engagement, terms);
  if (found.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title="Placeholder text to replace before export"
      data-testid="placeholders"
    >
      <List size="sm">
        {found.map((p, i) => (
          <List.Item key={i}>
            {p.where}: “{p.text}”
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

const PARTS = [
  ['agreement', 'Dates, purchase order and invoicing'],
  ['funding', 'Funding crosswalk'],
  ['invoices', 'Invoice schedule'],
  ['terms', 'Terms'],
  ['deliverables', 'Deliverables'],
  ['commitments', 'What the district commits to'],
  ['handoffs', 'Who carries the work on'],
  ['options', 'Ways to start'],
  ['notes', 'Notes to print'],
] as const;

/**
 * The parts of the scope of work a procurement office signs, each in its own panel: what is
 * printed, and what the consultant can change for this engagement.
 */
export function ScopeOfWorkDetails({ terms }: { terms: TermsLibrary }) {
  const engagement = useValid();
  const reading = useReading();
  const sow = engagement.scopeOfWork;
  const counts: Partial<Record<(typeof PARTS)[number][0], string>> = {
    options: sow.options.length > 0 ? String(sow.options.length) : '',
    commitments: sow.commitments.length > 0 ? String(sow.commitments.length) : '',
    notes: sow.printedNotes.length > 0 ? `${sow.printedNotes.length} printed` : '',
    terms: sow.clauses.length > 0 ? `${sow.clauses.length} changed` : '',
  };
  const body = (part: (typeof PARTS)[number][0]) => {
    switch (part) {
      case 'agreement':
        return <AgreementFields />;
      case 'funding':
        return <FundingPreview />;
      case 'invoices':
        return <InvoicePreview />;
      case 'terms':
        return <TermsOverrides library={terms} />;
      case 'deliverables':
        return <DeliverablesEditor />;
      case 'commitments':
        return <CommitmentsEditor />;
      case 'handoffs':
        return <HandoffsEditor />;
      case 'options':
        return <OptionsEditor />;
      case 'notes':
        return <NotesToPrint />;
    }
  };
  return (
    <Accordion variant="separated" multiple chevronPosition="left" data-testid="sow-details">
      {PARTS.map(([id, label]) => (
        <Accordion.Item key={id} value={id}>
          <Accordion.Control>
            <Group justify="space-between" pr="sm">
              <Text fw={600}>{label}</Text>
              {(counts[id] ?? '') !== '' && <Badge variant="light">{counts[id]}</Badge>}
              {id === 'funding' && reading.costing.lines.length === 0 && (
                <Text size="xs" c="dimmed">
                  Nothing funded yet
                </Text>
              )}
            </Group>
          </Accordion.Control>
          <Accordion.Panel>{body(id)}</Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
