import { Section, StepFrame } from '../StepFrame';
import { AdviceCard } from './AdviceCard';
import { LevelChoice } from './LevelChoice';
import { StepDown } from './StepDown';

export function SupportLevelStep() {
  return (
    <StepFrame>
      <AdviceCard />

      <Section
        title="The level for this engagement"
        description="Follow the advice or choose another level; the reason is kept with the plan."
      >
        <LevelChoice />
      </Section>

      <Section
        title="Stepping down over the phases"
        description="Build capacity that lasts after the contract: facilitate, then collaborate, then coach."
      >
        <StepDown />
      </Section>
    </StepFrame>
  );
}
