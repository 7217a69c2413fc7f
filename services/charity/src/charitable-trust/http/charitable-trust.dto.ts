import { BusinessDateField, DivisionCodeField, DivisionFilterQuery, PageOf, PageQuery, TextField, UsccField, YuanField } from '@civic/platform';
import { ApiProperty, IntersectionType } from '@nestjs/swagger';

export class FileCharitableTrustRequest {
  @TextField(100, { example: '某某助学慈善信托' })
  name: string;

  @TextField(100, { example: '上海某某信托有限公司', description: '受托人: a charity or a trust company' })
  trusteeName: string;

  @UsccField('trusteeUscc', { example: '91310000MA1K000006' })
  trusteeUscc: string;

  @TextField(500, { example: '张三、李四', description: '委托人' })
  settlors: string;

  @TextField(1000, { example: '资助本市家庭经济困难学生' })
  purpose: string;

  @YuanField('property', { example: '1000000.00', description: 'the trust property (信托财产)' })
  property: string;

  @BusinessDateField('signedOn', {
    description: 'the day the trust document was signed; the filing (today) must be within 7 days of it',
    example: '2026-11-25',
  })
  signedOn: string;

  @DivisionCodeField('divisionCode', { example: '310104', description: "the civil-affairs department filed with (the trustee's domicile)" })
  divisionCode: string;
}

class CharitableTrustFilterQuery extends DivisionFilterQuery {
  @UsccField('trusteeUscc', { optional: true })
  trusteeUscc?: string;
}

export class CharitableTrustListQuery extends IntersectionType(PageQuery, CharitableTrustFilterQuery) {}

export class CharitableTrustResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() trusteeName: string;
  @ApiProperty() trusteeUscc: string;
  @ApiProperty() settlors: string;
  @ApiProperty() purpose: string;
  @ApiProperty({ example: '1000000.00' }) property: string;
  @ApiProperty({ format: 'date' }) signedOn: string;
  @ApiProperty({ format: 'date' }) filedOn: string;
  @ApiProperty() divisionCode: string;
}

export class CharitableTrustPage extends PageOf(CharitableTrustResponse) {}
